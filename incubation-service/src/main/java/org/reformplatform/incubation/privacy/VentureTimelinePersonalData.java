package org.reformplatform.incubation.privacy;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.Panache;

import org.reformplatform.eventsourcing.domain.PersonalData;
import org.reformplatform.eventsourcing.privacy.PersonalDataHolder;

/**
 * The venture timeline names a founder inside a summary line ("student founder Wang Fang joined").
 * Erasure rewrites that line to exactly what the projection writes for the event once the name
 * reads as erased ("student founder [erased] joined"), so that the live table and a rebuild from
 * the log stay equal (FaultsIT compares them); overwriting the whole line did not.
 */
@ApplicationScoped
public class VentureTimelinePersonalData implements PersonalDataHolder {

    private static final String FOUNDER_EVENTS = "event_id IN (SELECT event_id FROM events WHERE event_type = 'FounderJoined' "
            + "AND (payload->>'studentId' = :subject OR payload->>'researcherId' = :subject))";
    private static final String ERASED_LINE = "regexp_replace(summary, '^(\\S+) founder .* joined$', '\\1 founder "
            + PersonalData.ERASED + " joined')";

    @Override
    public String name() {
        return "venture-timeline";
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> describe(String subject) {
        List<Object[]> rows = Panache.getEntityManager()
                .createNativeQuery("SELECT CAST(event_id AS text), CAST(venture_id AS text), summary FROM venture_timeline WHERE " + FOUNDER_EVENTS)
                .setParameter("subject", subject).getResultList();
        return rows.stream().map(r -> Map.<String, Object>of("eventId", r[0], "ventureId", r[1], "summary", String.valueOf(r[2]))).toList();
    }

    @Override
    public int scrub(String subject) {
        return Panache.getEntityManager()
                .createNativeQuery("UPDATE venture_timeline SET summary = " + ERASED_LINE + " WHERE " + FOUNDER_EVENTS
                        + " AND summary IS DISTINCT FROM " + ERASED_LINE)
                .setParameter("subject", subject).executeUpdate();
    }
}
