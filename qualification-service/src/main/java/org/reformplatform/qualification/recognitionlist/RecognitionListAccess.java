package org.reformplatform.qualification.recognitionlist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Loaded;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.eventsourcing.security.Caller;

/**
 * Reading one version of the list for a caller, from the stream or from the read model: visible or
 * 404. Partners see published versions only; a draft is, to them, no version at all.
 */
@ApplicationScoped
public class RecognitionListAccess {

    @Inject
    RegionalList list;

    @Inject
    RecognitionListReadModel readModel;

    @Inject
    Caller caller;

    /** The version as the list's stream has it now, with the list's stream version (its ETag). */
    public Loaded<ListVersion> version(VersionLabel label) {
        Loaded<RecognitionList> loaded = list.load();
        ListVersion found = loaded.state().version(label).filter(v -> mayRead(v.isPublished()))
                .orElseThrow(() -> unknownVersion(label.toString()));
        return new Loaded<>(found, loaded.version());
    }

    /** The version's row in the read model. */
    public ListVersionSummary row(String version) {
        return readModel.version(VersionLabel.parse(version).toString()).filter(v -> mayRead(v.isPublished()))
                .orElseThrow(() -> unknownVersion(version));
    }

    /**
     * What changed to {@code version} from {@code from}, else from the version it was based on. Both
     * must be visible; the first version was based on nothing, so with it {@code from} is required.
     */
    public VersionDifference difference(String version, String from) {
        ListVersionSummary to = row(version);
        String base = from != null ? from : to.basedOn;
        if (base == null) {
            throw RuleViolation.invalid("no-base-version", "Version " + version + " is the first; name a version to compare with in `from`");
        }
        return readModel.difference(row(base).version, to.version);
    }

    private boolean mayRead(boolean published) {
        return published || !caller.isPartnerOnly();
    }

    private static RuleViolation unknownVersion(String version) {
        return RuleViolation.notFound("unknown-version", "There is no version " + version + " of the recognition list");
    }
}
