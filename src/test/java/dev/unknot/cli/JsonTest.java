package dev.unknot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.unknot.core.BreakRecord;
import dev.unknot.core.BreakType;
import dev.unknot.core.Cause;
import dev.unknot.core.CheckIn;
import dev.unknot.core.KnotArea;
import dev.unknot.core.KnotReport;
import dev.unknot.core.Outcome;
import dev.unknot.core.Side;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The CLI's JSON writer, read back with a real JSON parser. */
class JsonTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final OffsetDateTime AT =
      OffsetDateTime.of(2026, 3, 4, 9, 15, 0, 0, ZoneOffset.UTC);

  @Property
  void anyStringReadsBackAsItself(@ForAll String value) throws Exception {
    assertEquals(value, MAPPER.readTree(Json.string(value)).asText());
  }

  @Test
  void controlCharactersQuotesAndBackslashesAreEscaped() throws Exception {
    String tricky = "a\"b\\c\nd\re\tf\u0000g\u001fh";
    String json = Json.string(tricky);
    assertEquals("\"a\\\"b\\\\c\\nd\\re\\tf\\u0000g\\u001fh\"", json);
    assertEquals(tricky, MAPPER.readTree(json).asText());
  }

  @Test
  void aNullStringIsJsonNull() throws Exception {
    assertEquals("null", Json.string(null));
    JsonNode node = MAPPER.readTree(Json.object().put("note", (String) null).toString());
    assertTrue(node.get("note").isNull());
  }

  @Test
  void anObjectKeepsEveryKindOfValue() throws Exception {
    String json =
        Json.object()
            .put("name", "x")
            .put("count", -42L)
            .put("flag", true)
            .put("list", List.of("a", "b\"c"))
            .putRaw("raw", List.of("{\"k\":1}", "2"))
            .putRaw("one", "[true]")
            .toString();
    JsonNode node = MAPPER.readTree(json);
    assertEquals("x", node.get("name").asText());
    assertEquals(-42L, node.get("count").asLong());
    assertTrue(node.get("flag").asBoolean());
    assertEquals(
        List.of("a", "b\"c"),
        List.of(node.get("list").get(0).asText(), node.get("list").get(1).asText()));
    assertEquals(1, node.get("raw").get(0).get("k").asInt());
    assertEquals(2, node.get("raw").get(1).asInt());
    assertTrue(node.get("one").get(0).asBoolean());
    assertEquals(6, node.size());
  }

  @Test
  void anEmptyObjectAndAnEmptyListAreValid() throws Exception {
    assertEquals(0, MAPPER.readTree(Json.object().toString()).size());
    JsonNode node = MAPPER.readTree(Json.object().put("list", List.<String>of()).toString());
    assertTrue(node.get("list").isArray());
    assertEquals(0, node.get("list").size());
  }

  @Test
  void aFractionIsRoundedToFourPlacesAndEmptyIsNull() throws Exception {
    JsonNode node =
        MAPPER.readTree(
            Json.object()
                .put("third", OptionalDouble.of(1.0 / 3))
                .put("half", OptionalDouble.of(0.5))
                .put("whole", OptionalDouble.of(1.0))
                .put("none", OptionalDouble.empty())
                .toString());
    assertEquals("0.3333", node.get("third").asText());
    assertEquals("0.5", node.get("half").asText());
    assertEquals("1", node.get("whole").asText());
    assertTrue(node.get("none").isNull());
  }

  @Test
  void aBreakRecordHasItsFields() throws Exception {
    BreakRecord record =
        new BreakRecord(BreakType.REST, Outcome.POSTPONED, "neck-roll", AT, AT.plusMinutes(5));
    JsonNode node = MAPPER.readTree(Json.breakRecord(record));
    assertEquals(BreakType.REST.id(), node.get("type").asText());
    assertEquals(Outcome.POSTPONED.id(), node.get("outcome").asText());
    assertEquals("neck-roll", node.get("exercise").asText());
    assertEquals(AT, OffsetDateTime.parse(node.get("started_at").asText()));
    assertEquals(AT.plusMinutes(5), OffsetDateTime.parse(node.get("ended_at").asText()));
  }

  @Test
  void aNaturalBreakHasANullExercise() throws Exception {
    BreakRecord record = new BreakRecord(BreakType.MICRO, Outcome.NATURAL, null, AT, AT);
    assertTrue(MAPPER.readTree(Json.breakRecord(record)).get("exercise").isNull());
  }

  @Test
  void aKnotReportListsItsCausesInOrder() throws Exception {
    KnotReport report =
        new KnotReport(
            7,
            LocalDate.of(2026, 3, 4),
            KnotArea.UPPER_TRAP,
            Side.LEFT,
            3,
            Set.of(Cause.STRESS, Cause.LONG_SITTING, Cause.MOUSE),
            "after \"the\" deadline\n",
            AT);
    JsonNode node = MAPPER.readTree(Json.knotReport(report));
    assertEquals(7, node.get("id").asLong());
    assertEquals("2026-03-04", node.get("day").asText());
    assertEquals(KnotArea.UPPER_TRAP.id(), node.get("area").asText());
    assertEquals(Side.LEFT.id(), node.get("side").asText());
    assertEquals(3, node.get("severity").asInt());
    assertEquals(
        List.of(Cause.LONG_SITTING.id(), Cause.MOUSE.id(), Cause.STRESS.id()),
        List.of(
            node.get("causes").get(0).asText(),
            node.get("causes").get(1).asText(),
            node.get("causes").get(2).asText()));
    assertEquals("after \"the\" deadline\n", node.get("note").asText());
    assertEquals(AT, OffsetDateTime.parse(node.get("created_at").asText()));
  }

  @Test
  void aCheckInHasItsFields() throws Exception {
    JsonNode node = MAPPER.readTree(Json.checkIn(new CheckIn(LocalDate.of(2026, 3, 5), false, AT)));
    assertEquals("2026-03-05", node.get("day").asText());
    assertTrue(node.get("had_knot").isBoolean());
    assertEquals(false, node.get("had_knot").asBoolean());
    assertEquals(AT, OffsetDateTime.parse(node.get("recorded_at").asText()));
  }
}
