package org.reformplatform.systemtests.scenario;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

import org.reformplatform.systemtests.Api;
import org.reformplatform.systemtests.Tokens;

/**
 * The report's reference data, loaded through each service's own loader (which sends the
 * service's commands and is idempotent: a second load writes nothing), then read back from the read
 * models: the recognition list 3.0 in force, the incubation portfolio, the evaluation pilot, admissions' mentors.
 *
 * <p>Where the report gives exact figures (139 / 24 / 41 / 12; 31 universities; 10 ventures; 6 / 76 /
 * 329) they are the expectation. Where it says "about" or "50+", the expectation is the exact sum the
 * loader reports it sent, and the report's rounded figure is checked beside it.
 *
 * <p>Admissions' mentors (81 / 130+ / 120+) are the service's reference data; the admissions year
 * registers a pool of its own of the same size, and the two must agree.
 */
final class ReferenceData {

    static final String CENTRE = "future-innovation-centre";
    private static final BigDecimal HUNDRED_MILLION = new BigDecimal("100000000");

    private final Api.Caller operator;
    private final Api.Caller analyst;
    private JsonNode portfolioLoad;
    private String pilotId;
    private JsonNode mentorsLoad;

    ReferenceData(ProgrammeYear year) {
        this.operator = year.api().as(Tokens.OPERATOR);
        this.analyst = year.api().as(Tokens.ANALYST);
    }

    void send() {
        operator.post("qualification", "/v1/reference-data/recognition-lists", null).expectSuccess();
        portfolioLoad = operator.post("incubation", "/v1/reference-data/portfolio?centre=" + CENTRE, null).expectSuccess().json();
        pilotId = operator.post("evaluation", "/v1/reference-data/pilot", null).expectSuccess().json().path("pilotId").asText();
        mentorsLoad = operator.post("admissions", "/v1/reference-data/mentors", null).expectSuccess().json();
    }

    void check(Figures figures) {
        checkRecognitionList(figures);
        checkPortfolio(figures);
        checkIndustryEducation(figures);
        checkPilot(figures);
        checkMentors(figures);
    }

    /** The report's mentors as admissions' reference data: 81 exactly; 130+ and 120+ as the illustrative counts the loader names. */
    private void checkMentors(Figures figures) {
        Map<String, Long> sent = new TreeMap<>();
        Map<String, String> reported = new TreeMap<>();
        for (JsonNode kind : mentorsLoad.path("kinds")) {
            sent.put(kind.path("kind").asText(), kind.path("mentors").asLong());
            reported.put(kind.path("kind").asText(), kind.path("reportFigure").asText());
        }
        String affiliation = mentorsLoad.path("affiliation").asText();
        JsonNode load = Eventually.read(() -> analyst.get("admissions", "/v1/mentor-load?affiliation=" + affiliation).expect(200).json(),
                l -> mentors(l, "FULL_TIME") == sent.getOrDefault("FULL_TIME", 0L) && mentors(l, "PART_TIME") == sent.getOrDefault("PART_TIME", 0L)
                        && mentors(l, "INDUSTRY") == sent.getOrDefault("INDUSTRY", 0L));
        String p = "admissions";
        figures.add(p, "reference full-time mentors (report: 81)", 81, mentors(load, "FULL_TIME"));
        figures.add(p, "reference part-time mentors (loader sent, illustrative)", sent.getOrDefault("PART_TIME", 0L), mentors(load, "PART_TIME"));
        figures.add(p, "reference part-time mentors, report: 130+", "130+", mentors(load, "PART_TIME") > 130 ? "130+"
                : String.valueOf(mentors(load, "PART_TIME")), mentors(load, "PART_TIME") > 130 && "130+".equals(reported.get("PART_TIME")));
        figures.add(p, "reference industry mentors (loader sent, illustrative)", sent.getOrDefault("INDUSTRY", 0L), mentors(load, "INDUSTRY"));
        figures.add(p, "reference industry mentors, report: 120+", "120+", mentors(load, "INDUSTRY") > 120 ? "120+"
                : String.valueOf(mentors(load, "INDUSTRY")), mentors(load, "INDUSTRY") > 120 && "120+".equals(reported.get("INDUSTRY")));
        // The admissions year registers its own pool of the same size: the scenario and the service tell one story.
        figures.add(p, "scenario's mentor pool = reference data", sent.getOrDefault("FULL_TIME", 0L) + "/" + sent.getOrDefault("PART_TIME", 0L)
                + "/" + sent.getOrDefault("INDUSTRY", 0L), AdmissionsYear.FULL_TIME + "/" + AdmissionsYear.PART_TIME + "/" + AdmissionsYear.INDUSTRY);
    }

    private static long mentors(JsonNode load, String kind) {
        for (JsonNode row : load.path("kinds")) {
            if (kind.equals(row.path("kind").asText())) {
                return row.path("mentors").asLong();
            }
        }
        return 0;
    }

    private void checkRecognitionList(Figures figures) {
        JsonNode inForce = Eventually.read(() -> {
            Api.Reply reply = analyst.get("qualification", "/v1/recognition-list-versions/in-force");
            return reply.status() == 200 ? reply.json() : com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        }, answer -> answer.path("version").asText().equals("3.0") && answer.path("counts").path("mutualRecognition").asLong() == 12);
        figures.add("qualification", "list version in force", "3.0", inForce.path("version").asText("none"));
        JsonNode counts = inForce.path("counts");
        figures.add("qualification", "recognised qualifications", 139, counts.path("recognised").asLong());
        figures.add("qualification", "urgently needed", 24, counts.path("urgentlyNeeded").asLong());
        figures.add("qualification", "title equivalence", 41, counts.path("titleEquivalence").asLong());
        figures.add("qualification", "mutual recognition", 12, counts.path("mutualRecognition").asLong());
    }

    private void checkPortfolio(Figures figures) {
        Map<String, Long> sent = new TreeMap<>();
        portfolioLoad.path("partnersByKind").fields().forEachRemaining(e -> sent.put(e.getKey(), e.getValue().asLong()));
        BigDecimal donationsSent = cny(portfolioLoad.path("donationsTotal"));
        BigDecimal capitalSent = cny(portfolioLoad.path("capitalTotal"));
        long roundsSent = portfolioLoad.path("rounds").asLong();
        JsonNode portfolio = Eventually.read(() -> analyst.get("incubation", "/v1/portfolio?centre=" + CENTRE).expect(200).json(),
                p -> p.path("ventures").path("total").asLong() == 10 && p.path("capital").path("rounds").asLong() == roundsSent
                        && cny(p.path("donations").path("total")).compareTo(donationsSent) == 0
                        && partners(p, "UNIVERSITY") == sent.getOrDefault("UNIVERSITY", 0L)
                        && partners(p, "UNICORN_ENTERPRISE") == sent.getOrDefault("UNICORN_ENTERPRISE", 0L));
        String p = "incubation";
        figures.add(p, "university partners (report: 31)", 31, partners(portfolio, "UNIVERSITY"));
        long ventureAndCorporate = sent.getOrDefault("VENTURE_CAPITAL", 0L) + sent.getOrDefault("CORPORATE", 0L);
        figures.add(p, "venture and corporate partners (report: about 40; loader sent)", ventureAndCorporate,
                partners(portfolio, "VENTURE_CAPITAL") + partners(portfolio, "CORPORATE"));
        long signed = sent.getOrDefault("LEADING_ENTERPRISE", 0L) + sent.getOrDefault("UNICORN_ENTERPRISE", 0L);
        long signedRead = partners(portfolio, "LEADING_ENTERPRISE") + partners(portfolio, "UNICORN_ENTERPRISE");
        figures.add(p, "signed leading and unicorn enterprises (loader sent)", signed, signedRead);
        figures.add(p, "signed enterprises, report: 50+", "50+", signedRead >= 50 ? "50+" : String.valueOf(signedRead), signedRead >= 50);
        BigDecimal donated = cny(portfolio.path("donations").path("total"));
        figures.add(p, "donations and sponsorship, CNY (loader sent)", donationsSent.toPlainString(), donated.toPlainString(),
                donated.compareTo(donationsSent) == 0);
        figures.add(p, "donated, report: about 500 million CNY", "5 x 100 million", hundredMillions(donated) + " x 100 million",
                hundredMillions(donated) == 5);
        figures.add(p, "ventures incubated (report: 10)", 10, portfolio.path("ventures").path("total").asLong());
        figures.add(p, "funding rounds (loader sent)", roundsSent, portfolio.path("capital").path("rounds").asLong());
        BigDecimal raised = cny(portfolio.path("capital").path("total"));
        figures.add(p, "capital raised, CNY (loader sent)", capitalSent.toPlainString(), raised.toPlainString(),
                raised.compareTo(capitalSent) == 0);
        figures.add(p, "raised, report: about 500 million CNY", "5 x 100 million", hundredMillions(raised) + " x 100 million",
                hundredMillions(raised) == 5);
    }

    /** The report's applied-talent programme (产学研协同培养应用型人才): platforms, published plans, co-built facilities. */
    private void checkIndustryEducation(Figures figures) {
        JsonNode education = Eventually.read(() -> analyst.get("incubation", "/v1/portfolio?centre=" + CENTRE).expect(200).json()
                .path("industryEducation"), e -> e.path("publishedReformPlans").asLong() == 5 && facilities(e, "TRAINING_BASE", "open") == 6);
        String p = "incubation";
        figures.add(p, "applied-undergraduate pilot universities, active (report: 5)", 5, platforms(education, "APPLIED_UNDERGRADUATE_PILOT", "active"));
        figures.add(p, "pilots' reform plans published (report: 5)", 5, education.path("publishedReformPlans").asLong());
        figures.add(p, "excellence-engineer colleges of the 4th national batch (report: 2)", 2,
                platforms(education, "EXCELLENCE_ENGINEER_COLLEGE", "recognised"));
        figures.add(p, "modern industry colleges, active (report: 2 named)", 2, platforms(education, "MODERN_INDUSTRY_COLLEGE", "active"));
        figures.add(p, "industry-education centres, active (report: 1 named)", 1, platforms(education, "INDUSTRY_EDUCATION_CENTRE", "active"));
        figures.add(p, "co-built laboratories open (illustrative: the report gives no count)", 6, facilities(education, "LABORATORY", "open"));
        figures.add(p, "internship and training bases open (illustrative)", 6, facilities(education, "TRAINING_BASE", "open"));
    }

    private static long platforms(JsonNode education, String kind, String status) {
        for (JsonNode row : education.path("platforms")) {
            if (kind.equals(row.path("kind").asText())) {
                return row.path(status).asLong();
            }
        }
        return 0;
    }

    private static long facilities(JsonNode education, String kind, String field) {
        for (JsonNode row : education.path("facilities")) {
            if (kind.equals(row.path("kind").asText())) {
                return row.path(field).asLong();
            }
        }
        return 0;
    }

    private void checkPilot(Figures figures) {
        JsonNode pilot = Eventually.read(() -> analyst.get("evaluation", "/v1/pilots/" + pilotId + "/figures").expect(200).json(),
                f -> f.path("institutions").asLong() == 6 && f.path("measures").asLong() == 76 && f.path("researchersReached").asLong() == 329);
        figures.add("evaluation", "pilot institutions", 6, pilot.path("institutions").asLong());
        figures.add("evaluation", "institutional measures", 76, pilot.path("measures").asLong());
        figures.add("evaluation", "researchers reached", 329, pilot.path("researchersReached").asLong());
    }

    private static long partners(JsonNode portfolio, String kind) {
        for (JsonNode row : portfolio.path("partners").path("byKind")) {
            if (row.path("kind").asText().equals(kind)) {
                return row.path("partners").asLong();
            }
        }
        return 0;
    }

    /** The CNY amount of a list of per-currency totals (zero when there is none). */
    static BigDecimal cny(JsonNode totals) {
        for (JsonNode money : totals) {
            if (money.path("currency").asText().equals("CNY")) {
                return new BigDecimal(money.path("amount").asText());
            }
        }
        return BigDecimal.ZERO;
    }

    private static long hundredMillions(BigDecimal amount) {
        return amount.divide(HUNDRED_MILLION, 0, RoundingMode.HALF_UP).longValue();
    }
}
