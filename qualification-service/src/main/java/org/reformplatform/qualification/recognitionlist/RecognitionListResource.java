package org.reformplatform.qualification.recognitionlist;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.command.Loaded;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.eventsourcing.http.CommandGateway;
import org.reformplatform.eventsourcing.http.CommandGateway.CommandRequest;
import org.reformplatform.eventsourcing.http.CommandResult;
import org.reformplatform.eventsourcing.http.ETags;
import org.reformplatform.eventsourcing.http.Page;
import org.reformplatform.eventsourcing.security.Caller;
import org.reformplatform.eventsourcing.security.Roles;
import org.reformplatform.eventsourcing.ops.RegionalCalendar;
import org.reformplatform.qualification.recognitionlist.EntryRevision.AddEntry;
import org.reformplatform.qualification.recognitionlist.EntryRevision.ChangeEntry;
import org.reformplatform.qualification.recognitionlist.EntryRevision.WithdrawEntry;
import jakarta.ws.rs.BeanParam;
import org.reformplatform.eventsourcing.http.PageRequest;

/**
 * The recognition list, version by version: operators draft a version, revise its entries and
 * publish it whole with an effective date; everyone signed in reads published versions, which
 * never change. Partners do not see drafts. Commands take If-Match with the list's ETag (the
 * version of the list's stream, shared by all its versions).
 */
@Path("/v1/recognition-list-versions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recognition list", description = "The versioned recognition list of foreign professional qualifications")
public class RecognitionListResource {

    static final String VERSION = "{version: \\d{1,4}\\.\\d{1,4}}";

    @Schema(name = "DraftVersion")
    public record DraftRequest(
            @NotNull @Pattern(regexp = VersionLabel.PATTERN, message = "must read major.minor, such as 3.1") @Schema(example = "3.1") String version) {
    }

    @Schema(name = "ListEntryRequest")
    public record EntryRequest(
            @NotBlank @Size(max = 300) @Schema(example = "Chartered Engineer (CEng)") String name,
            @NotBlank @Size(max = 300) @Schema(example = "Engineering Council") String issuingBody,
            @NotBlank @Size(max = 100) @Schema(example = "United Kingdom") String country,
            @NotBlank @Size(max = 100) @Schema(example = "Engineering") String profession,
            @NotEmpty @Size(max = 4) @Schema(example = "[\"RECOGNISED\", \"TITLE_EQUIVALENCE\"]") Set<@NotNull SubList> subLists,
            @Valid @Schema(description = "Required on, and only on, the title-equivalence list") TitleEquivalenceRequest titleEquivalence) {

        ListEntry toEntry(QualificationId id) {
            return new ListEntry(id, name.trim(), issuingBody.trim(), country.trim(), profession.trim(), List.copyOf(subLists),
                    titleEquivalence == null ? null : new TitleEquivalence(titleEquivalence.series().trim(), titleEquivalence.level()));
        }
    }

    @Schema(name = "TitleEquivalence")
    public record TitleEquivalenceRequest(
            @NotBlank @Size(max = 100) @Schema(example = "Engineering") String series,
            @NotNull @Schema(example = "ASSOCIATE_SENIOR") TitleLevel level) {
    }

    @Schema(name = "WithdrawEntry")
    public record WithdrawRequest(@NotBlank @Size(max = 500) @Schema(example = "The issuing body no longer awards it") String reason) {
    }

    @Schema(name = "PublishVersion")
    public record PublishRequest(@NotNull @Schema(example = "2026-01-01", description = "After the previous version's effective date") LocalDate effectiveOn) {
    }

    @Inject
    CommandGateway gateway;

    @Inject
    DraftVersionHandler drafting;

    @Inject
    ReviseDraftHandler revising;

    @Inject
    PublishVersionHandler publishing;

    @Inject
    DiscardDraftHandler discarding;

    @Inject
    RecognitionListAccess access;

    @Inject
    RecognitionListReadModel readModel;

    @Inject
    RegionalCalendar calendar;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Draft a new version of the list", description = "The draft starts as a copy of the latest published version. "
            + "One draft at a time; its number must be above every existing version's. Send an Idempotency-Key to retry safely.")
    public Response draft(@Valid @NotNull DraftRequest request, @HeaderParam("Idempotency-Key") String idempotencyKey,
            @HeaderParam("If-Match") String ifMatch) {
        VersionLabel label = VersionLabel.parse(request.version());
        return gateway.handle(CommandRequest.of(idempotencyKey, ifMatch, request), "DraftListVersion", expected -> {
            Decision<RecognitionList> d = drafting.handle(label, expected);
            return CommandResult.created(location(label), d.version(), versionView(d, label));
        });
    }

    @GET
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "Versions of the list with their counts per sub-list", description = "From the read model, oldest first. "
            + "Partners see published versions only.")
    public Page<ListVersionListing> versions(@Valid @BeanParam PageRequest paging) {
        return readModel.versions(caller.isPartnerOnly(), paging);
    }

    @GET
    @Path("/in-force")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "The version in force on a date, with its counts per sub-list",
            description = "The latest published version whose effective date is on or before `on` (YYYY-MM-DD, default today).")
    public ListVersionListing inForce(@QueryParam("on") String on) {
        LocalDate date = on == null || on.isBlank() ? calendar.today() : date("on", on);
        return readModel.inForceOn(date).orElseThrow(() -> RuleViolation.notFound("no-list-in-force",
                "No version of the recognition list is in force on " + date));
    }

    @GET
    @Path(VERSION)
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "One version with its counts, current as of now", description = "From the list's stream; the ETag is the list's version, for If-Match.")
    public Response get(@PathParam("version") String version) {
        return ETags.current(access.version(VersionLabel.parse(version)), ListVersionView::of);
    }

    @GET
    @Path(VERSION + "/entries")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "A version's entries", description = "From the read model, by name; filter by sub-list, country or region, and profession.")
    public Page<ListEntryView> entries(@PathParam("version") String version,
            @QueryParam("subList") @Pattern(regexp = "RECOGNISED|URGENTLY_NEEDED|TITLE_EQUIVALENCE|MUTUAL_RECOGNITION") String subList,
            @QueryParam("country") @Size(max = 100) String country,
            @QueryParam("profession") @Size(max = 100) String profession,
            @Valid @BeanParam PageRequest paging) {
        ListVersionSummary row = access.row(version);
        return readModel.entries(row.version, subList == null ? null : SubList.valueOf(subList), country, profession, paging);
    }

    @GET
    @Path(VERSION + "/entries/{qualificationId}")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "One entry as a version lists it, current as of now")
    public Response entry(@PathParam("version") String version, @PathParam("qualificationId") UUID qualificationId) {
        Loaded<ListVersion> found = access.version(VersionLabel.parse(version));
        ListEntry entry = found.state().entry(new QualificationId(qualificationId)).orElseThrow(() -> RuleViolation.notFound("unknown-entry",
                "Version " + version + " does not list " + qualificationId));
        return ETags.tagged(ListEntryView.of(found.state().label().toString(), entry), found.version());
    }

    @GET
    @Path(VERSION + "/differences")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "What changed from another version to this one", description = "Entries added, changed (with the fields that "
            + "differ) and withdrawn (with the reason this version gave), from the read model. `from` defaults to the version this one is based on.")
    public VersionDifference differences(@PathParam("version") String version,
            @QueryParam("from") @Pattern(regexp = VersionLabel.PATTERN) String from) {
        return access.difference(version, from);
    }

    @POST
    @Path(VERSION + "/entries")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Add an entry to a draft", description = "A published version never changes. Send an Idempotency-Key to retry safely.")
    public Response add(@PathParam("version") String version, @Valid @NotNull EntryRequest request,
            @HeaderParam("Idempotency-Key") String idempotencyKey, @HeaderParam("If-Match") String ifMatch) {
        VersionLabel label = VersionLabel.parse(version);
        return gateway.handle(CommandRequest.of(idempotencyKey, ifMatch, request), "AddListEntry", expected -> {
            ListEntry entry = request.toEntry(QualificationId.random());
            Decision<RecognitionList> d = revising.handle(label, List.of(new AddEntry(entry)), expected);
            return CommandResult.created(location(label) + "/entries/" + entry.qualificationId().value(), d.version(),
                    ListEntryView.of(label.toString(), entry));
        });
    }

    @POST
    @Path(VERSION + "/entries/{qualificationId}/revision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Change an entry of a draft", description = "The entry reads as sent from now on; sending what it already reads changes nothing.")
    public Response change(@PathParam("version") String version, @PathParam("qualificationId") UUID qualificationId,
            @Valid @NotNull EntryRequest request, @HeaderParam("If-Match") String ifMatch) {
        VersionLabel label = VersionLabel.parse(version);
        return gateway.handle(CommandRequest.of(null, ifMatch, request), "ChangeListEntry", expected -> {
            ListEntry entry = request.toEntry(new QualificationId(qualificationId));
            Decision<RecognitionList> d = revising.handle(label, List.of(new ChangeEntry(entry)), expected);
            return CommandResult.ok(d.version(), ListEntryView.of(label.toString(), entry));
        });
    }

    @POST
    @Path(VERSION + "/entries/{qualificationId}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Withdraw an entry from a draft", description = "Once the version is in force, the qualification can no longer be recognised.")
    public Response withdraw(@PathParam("version") String version, @PathParam("qualificationId") UUID qualificationId,
            @Valid @NotNull WithdrawRequest request, @HeaderParam("If-Match") String ifMatch) {
        VersionLabel label = VersionLabel.parse(version);
        return gateway.handle(CommandRequest.of(null, ifMatch, request), "WithdrawListEntry", expected -> {
            Decision<RecognitionList> d = revising.handle(label, List.of(new WithdrawEntry(new QualificationId(qualificationId), request.reason())),
                    expected);
            return CommandResult.ok(d.version(), versionView(d, label));
        });
    }

    @POST
    @Path(VERSION + "/publication")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Publish a draft as a whole", description = "In force from `effectiveOn`, which must be after the previous "
            + "version's effective date. A version is published once and never changes afterwards.")
    public Response publish(@PathParam("version") String version, @Valid @NotNull PublishRequest request,
            @HeaderParam("If-Match") String ifMatch) {
        VersionLabel label = VersionLabel.parse(version);
        return gateway.handle(CommandRequest.of(null, ifMatch, request), "PublishListVersion", expected -> {
            Decision<RecognitionList> d = publishing.handle(label, request.effectiveOn(), expected);
            return CommandResult.ok(d.version(), versionView(d, label));
        });
    }

    @POST
    @Path(VERSION + "/discarding")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Discard a draft", description = "Only drafts; another version can then be drafted.")
    public Response discard(@PathParam("version") String version, @HeaderParam("If-Match") String ifMatch) {
        VersionLabel label = VersionLabel.parse(version);
        return gateway.change(CommandRequest.of(null, ifMatch, null), "DiscardListDraft",
                expected -> discarding.handle(label, expected), list -> new Discarded(label.toString()));
    }

    /** What discarding a draft answers. */
    @Schema(name = "DiscardedDraft")
    public record Discarded(String discarded) {
    }

    /** The version a command changed, as it stands after it. */
    private static ListVersionView versionView(Decision<RecognitionList> decision, VersionLabel label) {
        return ListVersionView.of(decision.state().version(label).orElseThrow());
    }

    private static String location(VersionLabel label) {
        return "/v1/recognition-list-versions/" + label;
    }

    static LocalDate date(String name, String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw RuleViolation.malformed("malformed-date", "`" + name + "` must be a date YYYY-MM-DD, not " + text);
        }
    }
}
