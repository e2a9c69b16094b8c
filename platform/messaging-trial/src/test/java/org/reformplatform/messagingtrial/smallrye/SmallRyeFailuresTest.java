package org.reformplatform.messagingtrial.smallrye;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.reformplatform.eventsourcing.messaging.CloudEventCodec;
import org.reformplatform.messagingtrial.Backlog;
import org.reformplatform.messagingtrial.Drains;
import org.reformplatform.messagingtrial.PausedChannels;
import org.reformplatform.testing.TopicReader;

/**
 * What SmallRye's Kafka connector does, in batch mode, when a handler refuses an event of its batch
 * and when the database is away for one transaction mid-batch; checked against the kernel's
 * requirement: nothing lost, nothing applied twice, the rest of the batch goes on. Each check
 * publishes one batch (one Kafka transaction of ten events on a topic of one partition) and resumes
 * its channel only then, so that the ten arrive in one poll.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SmallRyeFailuresTest {

    @Inject
    FailingHandlers handlers;

    @Inject
    PausedChannels channels;

    @Inject
    Drains drains;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @BeforeEach
    void afterTheMeasurement() {
        // Not while the kernel's consumer drains the backlog (it starts with the application).
        await().atMost(Duration.ofMinutes(5)).until(drains.kernel()::done);
    }

    @Test
    @Order(1)
    void a_refused_event_sends_its_whole_batch_to_the_dead_letter_topic_after_the_transaction_rolled_back() throws Exception {
        List<UUID> batch = publishTenWithTheFifthRefusedAndResume("refusals");

        List<UUID> deadLettered = deadLetters("trial.srm-refusals-dead-letters", batch.size());
        long claimedOfBatch = claimed("smallrye-refusals", batch);
        // Does the channel go on?
        List<UUID> next = Backlog.publish(bootstrap, "trialsrc.refusals", List.of("thing-a", "thing-b", "thing-c"));
        await().atMost(Duration.ofSeconds(30)).until(() -> claimed("smallrye-refusals", next) == next.size());

        System.out.printf("%nrefusal under dead-letter-queue: handler calls %s; of the batch of %d with one refused: %d dead-lettered (%s), "
                + "%d claimed in processed_events; the next batch: %d of %d claimed%n", sizes("refusals"), batch.size(), deadLettered.size(),
                deadLettered.equals(batch) ? "the whole batch, in order" : deadLettered, claimedOfBatch, claimed("smallrye-refusals", next), next.size());

        // The batch is refused whole: the nine the handler could take are dead-lettered with the one it
        // refused, none applied; the dead letters are sent after the transaction rolled back, not in it.
        assertThat(deadLettered).containsExactlyElementsOf(batch);
        assertThat(claimedOfBatch).isZero();
        assertThat(handlers.calls("refusals")).hasSize(2);
    }

    @Test
    @Order(2)
    void a_refused_record_nacked_alone_is_dead_lettered_after_the_rest_of_its_batch_committed() throws Exception {
        List<UUID> batch = publishTenWithTheFifthRefusedAndResume("refusals-one");

        List<UUID> deadLettered = deadLetters("trial.srm-refusals-one-dead-letters", 1);
        long claimedOfBatch = claimed("smallrye-refusals-one", batch);

        System.out.printf("%nrefusal nacked alone under dead-letter-queue: handler calls %s; of the batch of %d with one refused: "
                + "%d dead-lettered, %d claimed in processed_events%n", sizes("refusals-one"), batch.size(), deadLettered.size(), claimedOfBatch);

        // The rest of the batch goes on; the dead letter is the connector's, sent after the transaction that
        // took the others committed, and recorded nowhere in it.
        assertThat(deadLettered).containsExactly(batch.get(4));
        assertThat(claimedOfBatch).isEqualTo(batch.size() - 1);
        assertThat(handlers.calls("refusals-one")).hasSize(1);
    }

    @Test
    @Order(3)
    void a_database_outage_mid_batch_under_dead_letter_queue_dead_letters_the_batch_instead_of_retrying_it() throws Exception {
        handlers.failNextTransaction("outage");
        List<UUID> batch = Backlog.publish(bootstrap, "trialsrc.outage", IntStream.range(0, 10).mapToObj(i -> "thing-" + i).toList());
        channels.resume("outage");

        List<UUID> deadLettered = deadLetters("trial.srm-outage-dead-letters", batch.size());
        Thread.sleep(3_000); // time for a redelivery, if there were one
        long claimedOfBatch = claimed("smallrye-outage", batch);

        System.out.printf("%ndatabase away once mid-batch, dead-letter-queue: handler calls %s; of the batch of %d: %d dead-lettered, "
                + "%d claimed in processed_events%n", sizes("outage"), batch.size(), deadLettered.size(), claimedOfBatch);

        // Not retried: the batch went to the dead-letter topic, none of it applied, although the
        // database was back for the next transaction.
        assertThat(handlers.calls("outage")).hasSize(1);
        assertThat(deadLettered).containsExactlyElementsOf(batch);
        assertThat(claimedOfBatch).isZero();
    }

    @Test
    @Order(4) // last: the channel that fails stays failed
    void a_database_outage_mid_batch_under_fail_stops_the_channel() throws Exception {
        handlers.failNextTransaction("outage-fail");
        List<UUID> batch = Backlog.publish(bootstrap, "trialsrc.outage-fail", IntStream.range(0, 10).mapToObj(i -> "thing-" + i).toList());
        channels.resume("outage-fail");
        await().atMost(Duration.ofSeconds(30)).until(() -> !handlers.calls("outage-fail").isEmpty());
        List<UUID> next = Backlog.publish(bootstrap, "trialsrc.outage-fail", List.of("thing-a", "thing-b", "thing-c"));
        Thread.sleep(5_000); // time for a redelivery or the next batch, if there were one
        long claimedOfBatch = claimed("smallrye-outage-fail", batch);
        long claimedOfNext = claimed("smallrye-outage-fail", next);
        String liveness = given().get("/q/health/live").then().extract().asString();

        System.out.printf("%ndatabase away once mid-batch, fail: handler calls %s; of the batch of %d: %d claimed; of the next: %d of %d claimed; "
                + "liveness: %s%n", sizes("outage-fail"), batch.size(), claimedOfBatch, claimedOfNext, next.size(), liveness.replaceAll("\\s+", " "));

        // The channel stops: neither the failed batch nor the next one is taken, until the application restarts.
        assertThat(handlers.calls("outage-fail")).hasSize(1);
        assertThat(claimedOfBatch).isZero();
        assertThat(claimedOfNext).isZero();
        assertThat(liveness).contains("DOWN");
    }

    /** Ten events in one Kafka transaction on the channel's topic, the fifth one its handler refuses; then the channel may read. */
    private List<UUID> publishTenWithTheFifthRefusedAndResume(String channel) {
        List<UUID> batch = Backlog.publish(bootstrap, "trialsrc." + channel,
                IntStream.range(0, 10).mapToObj(i -> i == 4 ? FailingHandlers.REFUSED + i : "thing-" + i).toList());
        channels.resume(channel);
        return batch;
    }

    private List<String> sizes(String channel) {
        return handlers.calls(channel).stream().map(ids -> ids.size() + " events").toList();
    }

    /** The event ids on a dead-letter topic, once at least {@code expected} are there (or 30 s passed), and 2 s more. */
    private List<UUID> deadLetters(String topic, int expected) {
        try (TopicReader reader = new TopicReader(bootstrap, topic)) {
            List<UUID> ids = new ArrayList<>();
            for (ConsumerRecord<String, byte[]> record : reader.readUntilThenSettle(r -> r.size() >= expected, Duration.ofSeconds(30),
                    Duration.ofSeconds(2))) {
                ids.add(CloudEventCodec.idOf(record));
            }
            return ids;
        }
    }

    private long claimed(String name, List<UUID> ids) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT count(*) FROM processed_events WHERE projection = ? AND event_id = ANY (?)")) {
            q.setString(1, name);
            q.setArray(2, c.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
