package org.reformplatform.eventsourcing.http;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.reformplatform.eventsourcing.command.CommitInDoubt;
import org.reformplatform.eventsourcing.command.StaleVersion;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.eventsourcing.ops.Failures;
import org.reformplatform.eventsourcing.store.ConcurrencyConflict;

/**
 * Every error the API answers, as RFC 9457 problem+json. Bad input is a 4xx with the offending
 * fields; an unavailable database is a 503 to retry; anything unexpected is a 500 that names an
 * incident id and nothing of the internals (no stack trace, no SQL).
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ConfigProperty(name = "platform.problems.base-uri", defaultValue = "https://reform-platform.org/problems/")
    String typeBase;

    @Inject
    HttpServerRequest request;

    @ServerExceptionMapper
    public Response ruleViolation(RuleViolation violation) {
        int status = switch (violation.kind()) {
            case MALFORMED -> 400;
            case INVALID -> 422;
            case CONFLICT -> 409;
            case NOT_FOUND -> 404;
            case FORBIDDEN -> 403;
        };
        return answer(Problem.of(status, violation.code(), title(violation.code()))
                .detail(violation.detail()).with(violation.context()));
    }

    @ServerExceptionMapper
    public Response staleVersion(StaleVersion stale) {
        return answer(Problem.of(412, "stale-version", "The resource has changed")
                .detail(stale.getMessage() + ". Read it again and retry with its current ETag."));
    }

    @ServerExceptionMapper
    public Response conflict(ConcurrencyConflict conflict) {
        return answer(Problem.of(409, "concurrent-update", "Concurrent update")
                .detail("Others kept changing this resource while the command ran; retry it."));
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException invalid) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
            errors.add(new Problem.FieldError(fieldOf(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field));
        return answer(Problem.of(400, "validation", "The request is not valid")
                .detail(errors.size() + " field(s) are not valid").errors(errors));
    }

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameter invalid) {
        return answer(Problem.of(400, "validation", "The request is not valid").detail("1 field(s) are not valid")
                .errors(List.of(new Problem.FieldError(invalid.parameter(), invalid.getMessage()))));
    }

    @ServerExceptionMapper({JsonProcessingException.class,
            com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException.class,
            com.fasterxml.jackson.databind.exc.MismatchedInputException.class,
            com.fasterxml.jackson.databind.exc.InvalidFormatException.class,
            com.fasterxml.jackson.databind.exc.ValueInstantiationException.class,
            com.fasterxml.jackson.core.JsonParseException.class})
    public Response unreadableJson(JsonProcessingException unreadable) {
        String field = null;
        if (unreadable instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (JsonMappingException.Reference ref : mapping.getPath()) {
                if (ref.getFieldName() != null) {
                    path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    path.append('[').append(ref.getIndex()).append(']');
                }
            }
            field = path.toString();
        }
        String reason = unreadable.getOriginalMessage();
        if (reason != null && reason.length() > 300) {
            reason = reason.substring(0, 300) + "...";
        }
        Problem.Builder problem = Problem.of(400, "malformed-body", "The request body cannot be read")
                .detail("The body is not the JSON this endpoint expects" + (field == null || field.isEmpty() ? "" : " at '" + field + "'"));
        if (field != null && !field.isEmpty()) {
            problem.errors(List.of(new Problem.FieldError(field, sanitise(reason))));
        }
        return answer(problem);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e) {
        return Response.fromResponse(answer(AuthenticationProblems.unauthorized())).header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return answer(Problem.of(403, "forbidden", "Not allowed").detail("Your roles do not allow this operation"));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException unreadable) {
                return unreadableJson(unreadable);
            }
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        if (status == 404 && e.getCause() != null) {
            // JAX-RS answers a path or query parameter it cannot convert (a non-UUID id, "page=abc")
            // with 404 and the conversion failure as cause: it is malformed input, not a missing resource.
            return answer(Problem.of(400, "malformed-parameter", "A parameter cannot be read")
                    .detail("A path or query parameter is not of the expected type (an id must be a UUID, a number a whole number): "
                            + sanitise(e.getCause().getMessage())));
        }
        String detail = status == 404 ? "There is no resource at " + request.path() : sanitise(e.getMessage());
        return answer(RouteProblems.ofStatus(status).detail(detail));
    }

    @ServerExceptionMapper({SQLException.class, org.reformplatform.eventsourcing.store.EventStore.StoreFailure.class,
            jakarta.transaction.SystemException.class, jakarta.transaction.RollbackException.class,
            io.quarkus.narayana.jta.QuarkusTransactionException.class})
    public Response unavailable(Exception e) {
        if (!Failures.isDatabaseFailure(e)) {
            return unexpected(e);
        }
        LOG.warnf("database unavailable for %s %s: %s", request.method(), request.path(), e.getMessage());
        return retryLater(Problem.of(503, "service-unavailable", "Temporarily unavailable")
                .detail("The service's database cannot be reached; nothing was changed. Retry shortly."));
    }

    @ServerExceptionMapper
    public Response commitInDoubt(CommitInDoubt e) {
        LOG.warnf("commit outcome unknown for %s %s: %s", request.method(), request.path(), e.getMessage());
        return retryLater(Problem.of(503, "commit-outcome-unknown", "Outcome unknown")
                .detail("The service's database went away while the change was being committed, and it could not be asked "
                        + "in time whether the change took effect. Repeat the request with the same Idempotency-Key to get its "
                        + "first answer, or read the resource before repeating it."));
    }

    /** A 503 the client may try again after a few seconds. */
    private Response retryLater(Problem.Builder builder) {
        return Response.fromResponse(answer(builder)).header("Retry-After", "5").build();
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e) {
        if (Failures.isDatabaseFailure(e)) {
            return unavailable((Exception) e);
        }
        if (Failures.isDataException(e)) {
            // SQL state class 22: the database cannot take a value of the request (a character it
            // cannot store, a number beyond a column's range). The request's fault; say so without SQL.
            LOG.infof("refused a value the database cannot take for %s %s: %s", request.method(), request.path(), e.toString());
            return answer(Problem.of(400, "unprocessable-value", "A value cannot be processed")
                    .detail("A value in the request cannot be stored or searched for; nothing was changed."));
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "incident %s: %s %s failed", incident, request.method(), request.path());
        return answer(Problem.of(500, "internal-error", "Internal error")
                .detail("The request failed unexpectedly; nothing was changed. Quote incident " + incident + " when reporting it.")
                .with("incident", incident));
    }

    private Response answer(Problem.Builder builder) {
        Problem problem = builder.instance(request.path()).build(typeBase);
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String fieldOf(Path path) {
        // Method parameter paths read "submit.request.title", or "list.paging.size" for a bean of query
        // parameters (PageRequest): keep the part a client sent.
        List<String> names = new ArrayList<>();
        for (Iterator<Path.Node> nodes = path.iterator(); nodes.hasNext();) {
            Path.Node node = nodes.next();
            if (node.getKind() == ElementKind.METHOD
                    || node.getKind() == ElementKind.PARAMETER && names.isEmpty() && (isBodyName(node.getName()) || nodes.hasNext())) {
                continue;
            }
            String name = node.getName();
            if (node.getIndex() != null) {
                name = (name == null ? "" : name) + "[" + node.getIndex() + "]";
            }
            if (name != null) {
                names.add(name);
            }
        }
        return names.isEmpty() ? "body" : String.join(".", names);
    }

    private static boolean isBodyName(String name) {
        return name != null && (name.equals("request") || name.equals("body"));
    }

    private static String sanitise(String message) {
        if (message == null) {
            return null;
        }
        String oneLine = message.replaceAll("\\s+", " ");
        int cut = oneLine.indexOf(" at [Source");
        oneLine = cut > 0 ? oneLine.substring(0, cut) : oneLine;
        // Internals stay inside: "(java.time.format.DateTimeParseException) " goes, and a qualified
        // class name such as "java.time.LocalDate" is shown as "LocalDate".
        oneLine = oneLine.replaceAll("\\((?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)\\) ?", "");
        return oneLine.replaceAll("\\b(?:[a-z_$][\\w$]*\\.)+([A-Z][\\w$]*)", "$1");
    }

    private static String title(String code) {
        String spaced = code.replace('-', ' ');
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
