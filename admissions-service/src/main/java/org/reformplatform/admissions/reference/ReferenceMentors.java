package org.reformplatform.admissions.reference;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.reformplatform.admissions.ids.MentorId;
import org.reformplatform.admissions.mentoring.Mentor;
import org.reformplatform.admissions.mentoring.MentorKind;
import org.reformplatform.admissions.mentoring.RegisterMentorHandler;
import org.reformplatform.eventsourcing.command.Aggregates;

/**
 * The report's mentors (实战型师资) as the service's reference data: 81 full-time, 130+ part-time and
 * 120+ industry mentors, registered through the service's own use case under one affiliation. The
 * file {@code reference/mentors.json} holds the counts with the report's figure beside each, and
 * says which values are illustrative (the exact counts behind "130+" and "120+", every name and
 * capacity: the report gives none).
 */
@ApplicationScoped
public class ReferenceMentors {

    static final String RESOURCE = "reference/mentors.json";

    /** What the file holds. */
    record MentorData(String source, String affiliation, List<KindData> kinds) {
    }

    record KindData(MentorKind kind, int count, String reportFigure, boolean illustrative, String title, int capacity, String note) {
    }

    /** One kind as loaded: the mentors the reference data has, the report's figure, and whether the count is illustrative. */
    @Schema(name = "ReferenceMentorKind")
    public record KindLoaded(MentorKind kind, int mentors, int registered, String reportFigure, boolean illustrative, String note) {
    }

    /** What a load found and created; {@code registered} is 0 when every mentor was there already. */
    @Schema(name = "ReferenceMentors")
    public record Loaded(String source, String affiliation, List<KindLoaded> kinds, int registered) {
    }

    @Inject
    Aggregates aggregates;

    @Inject
    RegisterMentorHandler registration;

    @Inject
    ObjectMapper mapper;

    /** Registers the mentors that are missing, in the caller's transaction: all of them or none. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Loaded load() {
        MentorData data = read();
        List<KindLoaded> kinds = new ArrayList<>();
        int registered = 0;
        for (KindData kind : data.kinds()) {
            int created = 0;
            for (int i = 1; i <= kind.count(); i++) {
                String key = kind.kind().name().toLowerCase() + "/" + i;
                MentorId id = new MentorId(idOf(key));
                if (!aggregates.load(Mentor.TYPE, id).exists()) {
                    registration.handle(id, kind.title() + " " + i + " (illustrative name)", kind.kind(), kind.capacity(), data.affiliation(),
                            null, null);
                    created++;
                }
            }
            registered += created;
            kinds.add(new KindLoaded(kind.kind(), kind.count(), created, kind.reportFigure(), kind.illustrative(), kind.note()));
        }
        return new Loaded(data.source(), data.affiliation(), List.copyOf(kinds), registered);
    }

    /** The id of a reference mentor, derived from its kind and number: loading again finds it. */
    static UUID idOf(String key) {
        return UUID.nameUUIDFromBytes(("reform-platform/admissions/reference/mentor/" + key).getBytes(StandardCharsets.UTF_8));
    }

    private MentorData read() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the service");
            }
            return mapper.readValue(in, MentorData.class);
        } catch (IOException e) {
            throw new IllegalStateException("unreadable " + RESOURCE, e);
        }
    }
}
