package dev.unknot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Item 24: the flows took the store's concrete classes, and core.KnotDiary was unused. They depend
 * on ports the core owns; the store implements them.
 */
class FlowsDependOnPortsTest {

  private static final List<Class<?>> FLOWS =
      List.of(CheckInFlow.class, DailyLimitFlow.class, MassageFlow.class);

  @Test
  void theFlowsTakeNoStoreClassOnlyCorePorts() {
    List<String> concrete = new ArrayList<>();
    for (Class<?> flow : FLOWS) {
      for (Constructor<?> constructor : flow.getDeclaredConstructors()) {
        for (Class<?> parameter : constructor.getParameterTypes()) {
          if (parameter.getPackageName().equals("dev.unknot.store")) {
            concrete.add(flow.getSimpleName() + "(" + parameter.getSimpleName() + ")");
          }
        }
      }
      for (Field field : flow.getDeclaredFields()) {
        if (field.getType().getPackageName().equals("dev.unknot.store")) {
          concrete.add(flow.getSimpleName() + "." + field.getName());
        }
      }
    }
    assertEquals(List.of(), concrete);
  }
}
