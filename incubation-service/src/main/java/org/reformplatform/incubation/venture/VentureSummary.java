package org.reformplatform.incubation.venture;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;

import org.reformplatform.eventsourcing.http.ListFilter;
import org.reformplatform.eventsourcing.http.Page;
import org.reformplatform.eventsourcing.http.PageRequest;

/** A row of the ventures read model: a venture's stage and counts; its capital is summed from its rounds. */
@Entity
@Table(name = "venture_summaries")
public class VentureSummary extends PanacheEntityBase {

    @Id
    public UUID id;
    public String centre;
    public String name;
    @Enumerated(EnumType.STRING)
    public VentureOrigin origin;
    @Enumerated(EnumType.STRING)
    public VentureStage stage;
    public LocalDate appliedOn;
    public LocalDate stageSince;
    public int founders;
    public int milestones;
    public int rounds;
    public String closedReason;
    /** The stream version last applied: an older event never overwrites a newer state. */
    public int version;

    /**
     * One page of the ventures of a centre at a stage (either null: any), by name: the venture list
     * and the portfolio's capital per venture page them alike.
     */
    public static <R> Page<R> byName(String centre, VentureStage stage, PageRequest paging, Function<VentureSummary, R> response) {
        return ListFilter.all().equal("centre", centre).equal("stage", stage)
                .page(VentureSummary.class, Sort.by("name").and("id"), paging, response);
    }
}
