package io.careroute;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The top-level packages are modules: no cycle between them, and each uses only the modules its row
 * of the README's module table allows. The table is the rule, so the README cannot drift from the
 * code.
 */
class ModularArchitectureTest {

  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.careroute");

  private static final Pattern ROW =
      Pattern.compile("^\\| `(\\w+)` \\| [^|]+ \\| ([^|]+) \\|$", Pattern.MULTILINE);

  @Test
  void no_cycle_runs_between_the_top_level_packages() {
    slices().matching("io.careroute.(*)..").should().beFreeOfCycles().check(MAIN);
  }

  @Test
  void each_module_uses_only_the_modules_the_readme_allows() throws IOException {
    Map<String, Set<String>> allowed = readmeTable();
    for (Map.Entry<String, Set<String>> module : allowed.entrySet()) {
      String[] forbidden =
          allowed.keySet().stream()
              .filter(other -> !other.equals(module.getKey()))
              .filter(other -> !module.getValue().contains(other))
              .map(other -> "io.careroute." + other + "..")
              .toArray(String[]::new);
      if (forbidden.length == 0) {
        continue;
      }
      noClasses()
          .that()
          .resideInAPackage("io.careroute." + module.getKey() + "..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(forbidden)
          .because(
              "the README's module table lets " + module.getKey() + " use " + module.getValue())
          .check(MAIN);
    }
  }

  @Test
  void the_readme_table_names_every_top_level_package_once() throws IOException {
    Set<String> packages = new TreeSet<>();
    MAIN.forEach(
        c -> {
          String name = c.getPackageName();
          if (name.startsWith("io.careroute.")) {
            packages.add(name.substring("io.careroute.".length()).split("\\.")[0]);
          }
        });

    assertThat(readmeTable().keySet()).containsExactlyInAnyOrderElementsOf(packages);
  }

  @Test
  void the_table_allows_no_cycle_of_its_own() throws IOException {
    Map<String, Set<String>> allowed = readmeTable();
    // Each module may use only modules listed below it: the table is drawn top-down.
    List<String> order = List.copyOf(allowed.keySet());
    for (int i = 0; i < order.size(); i++) {
      for (String used : allowed.get(order.get(i))) {
        assertThat(order.indexOf(used))
            .as("%s may use %s, so %s must come below it", order.get(i), used, used)
            .isGreaterThan(i);
      }
    }
  }

  /** The README's module table: each module and the modules it may use, top-down. */
  private static Map<String, Set<String>> readmeTable() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    String table =
        readme.substring(
            readme.indexOf("<!-- modules:start -->"), readme.indexOf("<!-- modules:end -->"));
    Map<String, Set<String>> allowed = new LinkedHashMap<>();
    Matcher row = ROW.matcher(table);
    while (row.find()) {
      String uses = row.group(2).strip();
      Set<String> modules = new TreeSet<>();
      if (!uses.equals("–")) {
        Arrays.stream(uses.split(",")).map(String::strip).forEach(modules::add);
      }
      assertThat(allowed.put(row.group(1), modules)).as("row %s twice", row.group(1)).isNull();
    }
    assertThat(allowed).as("the module table in the README").hasSizeGreaterThan(10);
    return allowed;
  }
}
