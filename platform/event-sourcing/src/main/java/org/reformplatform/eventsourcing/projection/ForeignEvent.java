package org.reformplatform.eventsourcing.projection;

import java.lang.reflect.RecordComponent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.reformplatform.eventsourcing.messaging.CloudEvent;
import org.reformplatform.eventsourcing.privacy.PersonalDataSealer;
import org.reformplatform.eventsourcing.store.EventCodec.UndecodableEvent;

/**
 * An event published by another service, read by its documented schema (never by sharing its
 * classes): the envelope, and the data, which a consumer reads into its own {@link Contract} record
 * with {@link #as}.
 */
public record ForeignEvent(CloudEvent envelope, JsonNode data, ObjectMapper reader) {

    /** {@code admissions.StudentAdmitted} for {@code admissions.StudentAdmitted.v1}. */
    public String typeWithoutVersion() {
        return envelope.service() + "." + envelope.eventName();
    }

    /**
     * The data as the consumer's record of the producer's contract: fields the record does not name
     * are left out (the producer may add some), every component not marked {@link Contract.Optional}
     * must be there. Personal data the producer sealed reads as null: only the producer holds the
     * key, so a contract may not require a personal field (docs/architecture.md, personal data).
     *
     * @throws UndecodableEvent when the data does not fit the record (the event is dead-lettered)
     */
    public <T extends Record> T as(Class<T> contract) {
        Contract declared = contract.getAnnotation(Contract.class);
        // "*.SubjectForgotten": a contract of the kernel's own events, the same on every service's topic.
        if (declared == null || !(declared.event().equals(typeWithoutVersion()) || declared.event().equals("*." + envelope.eventName()))) {
            throw new IllegalArgumentException(contract.getName() + " is not the contract of " + envelope.type());
        }
        T value;
        try {
            value = reader.treeToValue(PersonalDataSealer.withheld(data), contract);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new UndecodableEvent("the data of " + envelope.type() + " " + envelope.id() + " does not fit "
                    + contract.getSimpleName() + ": " + e.getMessage());
        }
        for (RecordComponent component : contract.getRecordComponents()) {
            if (!component.isAnnotationPresent(Contract.Optional.class) && read(component, value) == null) {
                throw new UndecodableEvent("the data of " + envelope.type() + " " + envelope.id() + " lacks " + component.getName());
            }
        }
        return value;
    }


    private static Object read(RecordComponent component, Record value) {
        try {
            var accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
