package org.reformplatform.eventsourcing.domain.conflict;

/**
 * Where one relation is looked up: a service supplies one source per relation it holds data for
 * (its mentor teams, the founders it learnt of, its register of evaluators), and {@link ConflictCheck}
 * asks each of them.
 *
 * @param <P> what the service knows of the person judged (the candidate, the researcher)
 */
@FunctionalInterface
public interface RelationSource<P> {

    RelationCheck check(String reviewer, P judged);
}
