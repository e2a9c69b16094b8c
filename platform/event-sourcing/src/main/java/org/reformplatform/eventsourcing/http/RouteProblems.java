package org.reformplatform.eventsourcing.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes a problem as the answer of a Vert.x route: for the refusals made before a request reaches
 * the REST layer, where {@link ProblemMappers} never sees it.
 */
@ApplicationScoped
public class RouteProblems {

    @ConfigProperty(name = "platform.problems.base-uri", defaultValue = "https://reform-platform.org/problems/")
    String typeBase;

    @Inject
    ObjectMapper mapper;

    /** The problem for a bare status, its code and title named after the status. */
    public static Problem.Builder ofStatus(int status) {
        String code = switch (status) {
            case 400 -> "bad-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "payload-too-large";
            case 414 -> "uri-too-long";
            case 415 -> "unsupported-media-type";
            case 431 -> "request-header-fields-too-large";
            default -> "client-error";
        };
        return Problem.of(status, code, HttpResponseStatus.valueOf(status).reasonPhrase());
    }

    /** Ends the response with the problem: its status, problem+json, the request's path as {@code instance}. */
    public void send(RoutingContext context, Problem.Builder builder) {
        Problem problem = builder.instance(context.request().path()).build(typeBase);
        try {
            context.response().setStatusCode(problem.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(mapper.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.response().setStatusCode(problem.status()).end();
        }
    }
}
