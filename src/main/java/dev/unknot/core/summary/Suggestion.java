package dev.unknot.core.summary;

/**
 * Advice that the week's data supports.
 *
 * @param id stable, for the JSON form and tests
 * @param headline the advice in one short line, for the notification
 * @param text two or three sentences, with the numbers behind the advice
 */
public record Suggestion(String id, String headline, String text) {

  public static final String SEE_PHYSIOTHERAPIST = "see-physiotherapist";
  public static final String SWITCH_MOUSE_HAND = "switch-mouse-hand";
  public static final String SHORTER_MICRO_INTERVAL = "shorter-micro-interval";
}
