package dev.unknot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Rules of the codebase that the compiler does not check. */
class ArchitectureTest {

  private static final Path MAIN = Path.of("src/main/java/dev/unknot");
  private static final String ROOT = "dev.unknot.";
  private static final Path CLASSES = Path.of("target/classes");

  private static final Pattern IMPORT =
      Pattern.compile("^import (static )?([\\w.]+)", Pattern.MULTILINE);

  @Test
  void coreImportsOnlyTheJdkAndItself() throws IOException {
    List<String> offences = new ArrayList<>();
    for (Path file : javaFiles(MAIN.resolve("core"))) {
      Matcher m = IMPORT.matcher(Files.readString(file));
      while (m.find()) {
        if (!m.group(2).startsWith("java.") && !m.group(2).startsWith("dev.unknot.core.")) {
          offences.add(file.getFileName() + " imports " + m.group(2));
        }
      }
    }
    assertEquals(List.of(), offences);
  }

  @Test
  void noCodeReadsWhichKeyWasPressed() throws IOException {
    Pattern keyIdentity =
        Pattern.compile("getKeyChar|getKeyText|getRawCode|getKeyCode|getKeyLocation");
    List<String> offences = new ArrayList<>();
    for (Path file : javaFiles(MAIN)) {
      if (keyIdentity.matcher(Files.readString(file)).find()) {
        offences.add(file.toString());
      }
    }
    assertEquals(List.of(), offences);
  }

  /**
   * Packages (dev.unknot.X, with their subpackages) depend on each other without a cycle (issue 14,
   * item 23: app and cli imported each other until the launcher and the platform helpers got
   * packages of their own).
   */
  @Test
  void packagesDependOnEachOtherWithoutCycles() {
    JavaClasses classes = new ClassFileImporter().importPath(CLASSES);
    Map<String, Map<String, String>> graph = new TreeMap<>();
    for (JavaClass c : classes) {
      String from = slice(c);
      if (from == null) {
        continue;
      }
      Map<String, String> targets = graph.computeIfAbsent(from, k -> new TreeMap<>());
      for (Dependency d : c.getDirectDependenciesFromSelf()) {
        String to = slice(d.getTargetClass());
        if (to != null && !to.equals(from)) {
          targets.putIfAbsent(to, d.getDescription());
        }
      }
    }
    assertTrue(graph.containsKey("core") && graph.containsKey("app"), "classes in " + CLASSES);
    Map<String, String> cycleEdges = new TreeMap<>();
    for (Set<String> component : stronglyConnected(graph)) {
      for (String from : component) {
        graph
            .get(from)
            .forEach(
                (to, example) -> {
                  if (component.contains(to)) {
                    cycleEdges.put(from + " -> " + to, example);
                  }
                });
      }
    }
    List<String> inCycles = new ArrayList<>();
    cycleEdges.forEach((edge, example) -> inCycles.add(edge + " (" + example + ")"));
    assertEquals(List.of(), inCycles, "package dependencies that close a cycle");
  }

  @Test
  void aCycleOfThreePackagesIsFoundAndAChainIsNot() {
    Map<String, Map<String, String>> cycle =
        new TreeMap<>(
            Map.of(
                "a", Map.of("b", ""),
                "b", Map.of("c", ""),
                "c", Map.of("a", ""),
                "d", Map.of("a", "")));
    assertEquals(List.of(Set.of("a", "b", "c")), stronglyConnected(cycle));
    Map<String, Map<String, String>> chain =
        new TreeMap<>(Map.of("a", Map.of("b", ""), "b", Map.of("c", ""), "c", Map.of()));
    assertEquals(List.of(), stronglyConnected(chain));
  }

  /** The top-level package under dev.unknot, such as "store" for dev.unknot.store.sql.X. */
  private static String slice(JavaClass c) {
    String name = c.getPackageName();
    if (!name.startsWith(ROOT)) {
      return null;
    }
    String rest = name.substring(ROOT.length());
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }

  /** Tarjan's strongly connected components with more than one package. */
  private static List<Set<String>> stronglyConnected(Map<String, Map<String, String>> graph) {
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    Set<String> onStack = new TreeSet<>();
    List<Set<String>> components = new ArrayList<>();
    for (String node : graph.keySet()) {
      if (!index.containsKey(node)) {
        connect(node, graph, index, low, stack, onStack, components);
      }
    }
    return components;
  }

  private static void connect(
      String node,
      Map<String, Map<String, String>> graph,
      Map<String, Integer> index,
      Map<String, Integer> low,
      Deque<String> stack,
      Set<String> onStack,
      List<Set<String>> components) {
    index.put(node, index.size());
    low.put(node, index.get(node));
    stack.push(node);
    onStack.add(node);
    for (String next : graph.getOrDefault(node, Map.of()).keySet()) {
      if (!index.containsKey(next)) {
        connect(next, graph, index, low, stack, onStack, components);
        low.put(node, Math.min(low.get(node), low.get(next)));
      } else if (onStack.contains(next)) {
        low.put(node, Math.min(low.get(node), index.get(next)));
      }
    }
    if (low.get(node).equals(index.get(node))) {
      Set<String> component = new TreeSet<>();
      String member;
      do {
        member = stack.pop();
        onStack.remove(member);
        component.add(member);
      } while (!member.equals(node));
      if (component.size() > 1) {
        components.add(component);
      }
    }
  }

  private static List<Path> javaFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(f -> f.toString().endsWith(".java")).toList();
    }
  }
}
