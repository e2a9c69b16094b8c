package org.reformplatform.systemtests.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reformplatform.systemtests.LocalPlatform;
import org.reformplatform.systemtests.RunningPlatform;
import org.reformplatform.systemtests.Tokens;

/**
 * The Kafka users of deploy/kubernetes grant each service what it uses, and no more, judged by
 * what the running services say they consume ({@code /ops/projections}). The local broker has no
 * ACLs, so a subscription the manifests do not grant would fail only in a cluster, and there the
 * whole consumer group stops: a poll that meets a topic it may not read throws.
 */
@ExtendWith(RunningPlatform.class)
@Order(41)
class KafkaUsersIT {

    private static final Pattern USER = Pattern.compile("(?m)^kind: KafkaUser\\s*\\nmetadata:\\s*\\n\\s+name: (\\S+)");
    private static final Pattern TOPIC_ACL = Pattern.compile(
            "- resource:\\s*\\n\\s+type: topic\\s*\\n\\s+name: (\\S+)\\s*\\n\\s+patternType: (\\S+)\\s*\\n\\s+operations: \\[([^\\]]*)\\]");

    final LocalPlatform platform = RunningPlatform.platform();

    /** One topic grant: a literal name or a prefix, with its operations. */
    record Grant(String name, boolean prefix, Set<String> operations) {
        boolean covers(String topic) {
            return prefix ? topic.startsWith(name) : topic.equals(name);
        }
    }

    @Test
    void each_service_may_read_what_it_consumes_write_its_own_topics_and_read_nothing_else() throws IOException {
        Map<String, List<Grant>> grants = grants();
        List<String> failures = new ArrayList<>();
        for (String service : LocalPlatform.SERVICES) {
            List<Grant> granted = grants.getOrDefault(service + "-service", List.of());
            Set<String> consumed = new TreeSet<>();
            for (JsonNode subscriber : platform.api().as(Tokens.OPERATOR).get(service, "/ops/projections").expect(200).json()) {
                subscriber.path("topics").forEach(topic -> consumed.add(topic.asText()));
            }
            assertThat(consumed).as(service + " consumes something").isNotEmpty();
            for (String topic : consumed) {
                if (!allows(granted, topic, "Read")) {
                    failures.add(service + " consumes " + topic + " but its Kafka user may not read it");
                }
            }
            // The relay writes the event topic and reads it back after a failure; copies go to the erasure topic.
            for (String own : List.of(service + ".events", service + ".erasures", service + ".dead-letters")) {
                if (!allows(granted, own, "Write")) {
                    failures.add("the Kafka user of " + service + " may not write its topic " + own);
                }
            }
            for (Grant grant : granted) {
                boolean used = grant.prefix() || consumed.contains(grant.name()) || grant.name().equals(service + ".events");
                if (grant.operations().contains("Read") && !used) {
                    failures.add("the Kafka user of " + service + " may read " + grant.name() + ", which it does not consume");
                }
            }
        }
        assertThat(failures).as("Kafka users against the services' subscriptions").isEmpty();
    }

    private static boolean allows(List<Grant> granted, String topic, String operation) {
        return granted.stream().anyMatch(g -> g.covers(topic) && g.operations().contains(operation));
    }

    private static Map<String, List<Grant>> grants() throws IOException {
        Path file = Path.of(System.getProperty("platform.root", "../..")).resolve("deploy/kubernetes/base/kafka/users.yaml");
        Map<String, List<Grant>> grants = new TreeMap<>();
        for (String document : Files.readString(file).split("(?m)^---\\s*$")) {
            Matcher user = USER.matcher(document);
            if (!user.find()) {
                continue;
            }
            List<Grant> list = grants.computeIfAbsent(user.group(1), u -> new ArrayList<>());
            Matcher acl = TOPIC_ACL.matcher(document);
            while (acl.find()) {
                Set<String> operations = new TreeSet<>();
                for (String operation : acl.group(3).split(",")) {
                    operations.add(operation.trim());
                }
                list.add(new Grant(acl.group(1), "prefix".equals(acl.group(2)), operations));
            }
        }
        assertThat(grants).as("Kafka users in " + file).containsKeys("admissions-service", "evaluation-service");
        return grants;
    }
}
