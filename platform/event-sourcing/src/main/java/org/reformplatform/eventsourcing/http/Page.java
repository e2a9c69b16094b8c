package org.reformplatform.eventsourcing.http;

import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list: lists are always paginated, with a stable sort chosen by the endpoint.
 * Endpoints take {@code page} (from 0) and {@code size} (1 to {@value #MAX_SIZE}, default
 * {@value #DEFAULT_SIZE}) as one {@link PageRequest}.
 */
@Schema(name = "Page", description = "One page of a list, in a stable order")
public record Page<T>(List<T> items, int page, int size, long totalItems) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    public static <T> Page<T> of(List<T> items, int page, int size, long totalItems) {
        return new Page<>(List.copyOf(items), page, size, totalItems);
    }

    public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems) {
        return of(items, request.page(), request.size(), totalItems);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, totalItems);
    }

    @JsonProperty("hasNext")
    @Schema(description = "Whether a further page exists")
    public boolean hasNext() {
        return (long) (page + 1) * size < totalItems;
    }
}
