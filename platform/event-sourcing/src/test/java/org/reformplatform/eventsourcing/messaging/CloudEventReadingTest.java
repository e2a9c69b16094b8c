package org.reformplatform.eventsourcing.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/**
 * What a consumer reads of every record, over generated inputs, against a second way of computing
 * the same thing: the time ({@link IsoInstant} against {@link Instant#parse}), the event name
 * (against {@code split}), and which data is taken (exactly what a strict UTF-8 decoder takes). Each
 * case is either answered alike or refused by both; a failure names its seed
 * ({@code -Dcloudevent.seed} runs it again).
 */
class CloudEventReadingTest {

    private static final long SEED = Long.getLong("cloudevent.seed", System.nanoTime());
    private static final long YEAR_0 = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
    private static final long YEAR_10000 = Instant.parse("+10000-01-01T00:00:00Z").getEpochSecond();

    @Test
    void every_instant_the_relay_writes_reads_back_as_Instant_parse_reads_it() {
        Random random = new Random(SEED);
        for (int i = 0; i < 200_000; i++) {
            Instant written = Instant.ofEpochSecond(YEAR_0 + (long) (random.nextDouble() * (YEAR_10000 - YEAR_0)), nanos(random));
            String text = written.toString();
            assertThat(IsoInstant.parse(text)).as("%s (seed %d)", text, SEED).isEqualTo(written).isEqualTo(Instant.parse(text));
        }
    }

    @Test
    void any_fraction_of_one_to_nine_digits_reads_as_Instant_parse_reads_it() {
        Random random = new Random(SEED);
        for (int i = 0; i < 100_000; i++) {
            String text = Instant.ofEpochSecond(YEAR_0 + (long) (random.nextDouble() * (YEAR_10000 - YEAR_0))).toString();
            StringBuilder fraction = new StringBuilder(".");
            for (int d = 1 + random.nextInt(9); d > 0; d--) {
                fraction.append((char) ('0' + random.nextInt(10)));
            }
            String withFraction = text.substring(0, text.length() - 1) + fraction + "Z";
            assertThat(IsoInstant.parse(withFraction)).as("%s (seed %d)", withFraction, SEED).isEqualTo(Instant.parse(withFraction));
        }
    }

    @Test
    void a_time_altered_anywhere_is_read_or_refused_as_Instant_parse_does() {
        Random random = new Random(SEED);
        String alphabet = "0123456789-:.TtZz+ 5960";
        List<String> cases = new ArrayList<>(List.of("2026-02-29T00:00:00Z", "2024-02-29T00:00:00Z", "2026-04-31T12:00:00Z",
                "2026-12-07T24:00:00Z", "2026-12-07T23:59:60Z", "2026-12-07T13:33:35.Z", "2026-12-07T13:33:35.1234567890Z",
                "2026-12-07t13:33:35z", "2026-12-07T13:33:35+01:00", "+12026-12-07T13:33:35Z", "-0001-12-07T13:33:35Z", ""));
        for (int i = 0; i < 100_000; i++) {
            StringBuilder text = new StringBuilder(Instant.ofEpochSecond(YEAR_0 + (long) (random.nextDouble() * (YEAR_10000 - YEAR_0)),
                    nanos(random)).toString());
            for (int edits = 1 + random.nextInt(2); edits > 0; edits--) {
                int at = random.nextInt(text.length());
                switch (random.nextInt(3)) {
                    case 0 -> text.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    case 1 -> text.deleteCharAt(at);
                    default -> text.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            cases.add(text.toString());
        }
        for (String text : cases) {
            assertThat(outcome(() -> IsoInstant.parse(text))).as("%s (seed %d)", text, SEED).isEqualTo(outcome(() -> Instant.parse(text)));
        }
    }

    @Test
    void the_event_name_is_the_second_part_of_the_type_as_split_finds_it() {
        // Every string of up to seven characters over 'a', 'b' and '.': 3,280 types, the malformed ones included.
        List<String> types = new ArrayList<>(List.of(""));
        for (int length = 1; length <= 7; length++) {
            List<String> longer = new ArrayList<>();
            for (String type : types) {
                if (type.length() == length - 1) {
                    for (char c : new char[] {'a', 'b', '.'}) {
                        longer.add(type + c);
                    }
                }
            }
            types.addAll(longer);
        }
        assertThat(types).hasSize(3_280);
        for (String type : types) {
            String[] parts = type.split("\\.");
            String expected = parts.length >= 2 ? parts[1] : type;
            assertThat(event(type, "{}".getBytes(StandardCharsets.UTF_8)).eventName()).as("the name in '%s'", type).isEqualTo(expected);
        }
        assertThat(event("admissions.StudentAdmitted.v1", new byte[0]).eventName()).isEqualTo("StudentAdmitted");
    }

    @Test
    void data_is_taken_exactly_when_a_strict_decoder_takes_it_as_utf_8() {
        Random random = new Random(SEED);
        byte[][] samples = {"{\"name\":\"李雷\"}".getBytes(StandardCharsets.UTF_8), {(byte) 0xC3, (byte) 0x28}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {(byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {}, {0x7F}};
        List<byte[]> cases = new ArrayList<>(List.of(samples));
        for (int i = 0; i < 50_000; i++) {
            byte[] data = new byte[random.nextInt(12)];
            for (int b = 0; b < data.length; b++) {
                // Mostly ASCII, as real payloads are; now and then a byte of a multi-byte sequence, valid or not.
                data[b] = (byte) (random.nextInt(4) == 0 ? 0x80 + random.nextInt(128) : random.nextInt(128));
            }
            cases.add(data);
        }
        for (byte[] data : cases) {
            ConsumerRecord<String, byte[]> record = record(event("admissions.StudentAdmitted.v1", data));
            boolean taken = outcome(() -> CloudEventCodec.fromRecord(record)).equals("read");
            assertThat(taken).as("%s (seed %d)", java.util.HexFormat.of().formatHex(data), SEED).isEqualTo(strictlyUtf8(data));
        }
    }

    private static int nanos(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> 0;
            case 1 -> random.nextInt(1_000) * 1_000_000;
            case 2 -> random.nextInt(1_000_000) * 1_000;
            default -> random.nextInt(1_000_000_000);
        };
    }

    /** "read", or the class of what was thrown: two ways must agree on it. */
    private static String outcome(java.util.function.Supplier<?> reading) {
        try {
            Object read = reading.get();
            return read instanceof Instant instant ? instant.toString() : "read";
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName().replace("MalformedCloudEvent", "DateTimeParseException");
        }
    }

    private static boolean strictlyUtf8(byte[] data) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(data));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static CloudEvent event(String type, byte[] data) {
        return new CloudEvent(UUID.randomUUID(), "urn:reform-platform:admissions", type, "stream-1", Instant.parse("2026-12-07T13:33:35.123456Z"),
                null, "Application", 1, 1, null, null, null, null, data);
    }

    private static ConsumerRecord<String, byte[]> record(CloudEvent event) {
        ProducerRecord<String, byte[]> produced = CloudEventCodec.toRecord("admissions.events", event);
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(produced.topic(), 0, 0L, produced.key(), produced.value());
        produced.headers().forEach(h -> record.headers().add(h));
        return record;
    }
}
