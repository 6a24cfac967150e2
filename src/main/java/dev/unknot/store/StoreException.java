package dev.unknot.store;

/** The diary cannot be read or written; the message says which file and why, in one line. */
public final class StoreException extends RuntimeException {

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
