package org.reformplatform.systemtests.faults;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Whether the services stayed available through a fault, judged from the load's answers and the
 * fault's {@link Outages}:
 *
 * <ul>
 * <li>every service accepted commands (2xx) in each window outside its own outages: before and
 * after them, and, for a service with none, also while the fault lasted (a broker, a neighbour or a
 * replica away must not stop it). A service that answers 503 to everything has no such command;
 * <li>no answer needs an excuse it does not have: a 503 problem only while the service's outage was
 * under way, no answer at all only while its process was stopped; never a 503 without a problem
 * body, another 5xx, a refusal of a valid command (4xx) or a hang (no answer within the client's
 * limit).
 * </ul>
 */
public final class Availability {

    private Availability() {
    }

    /** A span of the load's time in which a service must have accepted a command. */
    public record Window(String service, String name, long from, long to) {
    }

    /**
     * The windows outside each service's outages, within the load's span {@code [loadFrom, loadTo]}.
     */
    public static List<Window> windows(List<String> services, Outages outages, long loadFrom, long loadTo) {
        List<Window> windows = new ArrayList<>();
        for (String service : services) {
            List<Outages.Outage> own = outages.of(service);
            if (own.isEmpty()) {
                windows.add(new Window(service, "before the fault", loadFrom, outages.faultFrom()));
                windows.add(new Window(service, "while the fault lasted", outages.faultFrom(), outages.faultTo()));
                windows.add(new Window(service, "after the fault", outages.faultTo(), loadTo));
            } else {
                long first = own.stream().mapToLong(Outages.Outage::from).min().orElseThrow();
                long last = own.stream().mapToLong(Outages.Outage::to).max().orElseThrow();
                windows.add(new Window(service, "before its outage", loadFrom, first));
                windows.add(new Window(service, "after its outage", last, loadTo));
            }
        }
        return windows;
    }

    /** The windows in which the service accepted no command sent then: each one says how long it was and what the service answered instead. */
    public static List<String> unavailable(List<Window> windows, List<CommandLoad.Accepted> accepted, List<CommandLoad.Refused> refused) {
        List<String> gaps = new ArrayList<>();
        for (Window window : windows) {
            boolean any = accepted.stream().anyMatch(a -> a.kind().service().equals(window.service()) && a.at() >= window.from() && a.at() < window.to());
            if (!any) {
                List<String> instead = refused.stream()
                        .filter(r -> r.kind().service().equals(window.service()) && r.at() >= window.from() && r.at() < window.to())
                        .sorted(Comparator.comparingLong(CommandLoad.Refused::at)).map(r -> r.status() + (r.code() == null ? "" : " " + r.code()))
                        .distinct().limit(5).toList();
                gaps.add("%s accepted no command %s (%.1f s; answered instead: %s)".formatted(window.service(), window.name(),
                        (window.to() - window.from()) / 1e9, instead.isEmpty() ? "nothing was sent" : instead));
            }
        }
        return gaps;
    }

    /** Answers no outage excuses. */
    public static List<String> wrongAnswers(List<CommandLoad.Refused> refused, Outages outages) {
        List<String> wrong = new ArrayList<>();
        for (CommandLoad.Refused r : refused) {
            String service = r.kind().service();
            List<Outages.Outage> during = outages.of(service).stream().filter(o -> o.overlaps(r.at(), r.answered())).toList();
            boolean stopped = during.stream().anyMatch(o -> o.cause() == Outages.Cause.STOPPED);
            if (r.status() == 0 && r.failure() != null && r.failure().startsWith("no answer")) {
                wrong.add(service + ": " + r.failure() + " (a hang)");
            } else if (r.status() == 0 && !stopped) {
                wrong.add(service + " did not answer while it was running: " + r.failure());
            } else if (r.status() == 503 && !r.problemBody()) {
                wrong.add(service + " answered 503 without a problem body");
            } else if (r.status() == 503 && during.isEmpty()) {
                wrong.add(service + " answered 503 " + r.code() + " outside its outage");
            } else if (r.status() >= 500 && r.status() != 503) {
                wrong.add(service + " answered " + r.status());
            } else if (r.status() != 0 && r.status() != 503) {
                wrong.add(service + " refused a valid command: " + r.status() + " " + r.code());
            }
        }
        return wrong;
    }
}
