package org.reformplatform.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.kafka.common.TopicPartition;

/**
 * {@code _offsets.json} beside the Parquet files: how many runs wrote parts, with which filters, and
 * the next offset to read in every partition. It is replaced (atomically) only after every part of a
 * run is complete, so an interrupted run is simply done again: its half-written parts carry the
 * next run's number and are deleted before that run writes.
 */
record ExportOffsets(int runs, String filters, Map<TopicPartition, Long> next) {

    static final String FILE = "_offsets.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    static ExportOffsets read(Path directory) throws IOException {
        Path file = directory.resolve(FILE);
        if (!Files.exists(file)) {
            return new ExportOffsets(0, null, Map.of());
        }
        JsonNode node = JSON.readTree(file.toFile());
        Map<TopicPartition, Long> next = new TreeMap<>(ExportOffsets::compare);
        node.path("next").fields().forEachRemaining(e -> {
            int colon = e.getKey().lastIndexOf(':');
            next.put(new TopicPartition(e.getKey().substring(0, colon), Integer.parseInt(e.getKey().substring(colon + 1))), e.getValue().asLong());
        });
        return new ExportOffsets(node.path("runs").asInt(), node.path("filters").asText(null), next);
    }

    void write(Path directory) throws IOException {
        ObjectNode node = JSON.createObjectNode();
        node.put("runs", runs);
        node.put("filters", filters);
        ObjectNode offsets = node.putObject("next");
        Map<TopicPartition, Long> sorted = new TreeMap<>(ExportOffsets::compare);
        sorted.putAll(next);
        sorted.forEach((partition, offset) -> offsets.put(partition.topic() + ":" + partition.partition(), offset));
        Path temporary = directory.resolve(FILE + ".tmp");
        Files.writeString(temporary, JSON.writeValueAsString(node) + "\n");
        Files.move(temporary, directory.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static int compare(TopicPartition a, TopicPartition b) {
        int byTopic = a.topic().compareTo(b.topic());
        return byTopic != 0 ? byTopic : Integer.compare(a.partition(), b.partition());
    }
}
