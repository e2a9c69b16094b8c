package org.reformplatform.incubation.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.reformplatform.incubation.industryeducation.FacilityKind;
import org.reformplatform.incubation.industryeducation.PlatformFunction;
import org.reformplatform.incubation.industryeducation.PlatformKind;
import org.reformplatform.incubation.industryeducation.PlatformStatus;
import org.reformplatform.incubation.industryeducation.RecognitionLevel;
import org.reformplatform.incubation.partner.PartnerKind;

/**
 * The report's applied-talent figures (产学研协同培养应用型人才): 5 applied-undergraduate pilot
 * universities that published reform plans and signed laboratories and internship/training bases
 * with enterprises; two universities' excellence-engineer colleges in the 4th national batch; an ICT
 * company's modern industry college at a vocational college with an "AI + digital technology" training
 * centre; a university's integrated-circuit industry college settled in a city district under a
 * district–university agreement; a Hong Kong university's industry–education centre with two
 * functions. The report names no pilot university, so those five are illustrative; enterprises are
 * the reference partners (leading enterprises), standing in for the ones the report names; dates and
 * places per term are illustrative (the report gives none).
 */
public final class ReferenceIndustryEducation {

    public record FacilitySeed(String key, FacilityKind kind, String name, String enterprise, String thirdParty, int placesPerTerm,
            LocalDate signedOn, LocalDate openedOn) {
    }

    public record PlatformSeed(String key, PlatformKind kind, String name, String host, List<String> enterprises, Set<PlatformFunction> functions,
            boolean illustrative, LocalDate proposedOn, RecognitionLevel level, String batch, LocalDate recognisedOn, PlatformStatus reached,
            LocalDate activatedOn, String planSummary, LocalDate planPublishedOn, List<FacilitySeed> facilities) {
    }

    public static final int PILOTS = 5;

    private ReferenceIndustryEducation() {
    }

    static String enterprise(int n) {
        return ReferencePortfolio.organisation(PartnerKind.LEADING_ENTERPRISE, n);
    }

    public static List<PlatformSeed> platforms() {
        List<PlatformSeed> platforms = new ArrayList<>();
        Set<PlatformFunction> applied = Set.of(PlatformFunction.TALENT_TRAINING, PlatformFunction.INTERNSHIP_AND_TRAINING);
        for (int i = 1; i <= PILOTS; i++) {
            LocalDate signed = LocalDate.of(2025, 4, 1).plusDays(7L * i);
            platforms.add(new PlatformSeed("pilot-" + i, PlatformKind.APPLIED_UNDERGRADUATE_PILOT,
                    "Applied-undergraduate pilot university " + i + " (illustrative)", ReferencePortfolio.organisation(PartnerKind.UNIVERSITY, i),
                    List.of(enterprise(i)), applied, true, LocalDate.of(2024, 9, 1), RecognitionLevel.REGIONAL, "Applied-undergraduate pilot",
                    LocalDate.of(2024, 10, 15), PlatformStatus.ACTIVE, LocalDate.of(2024, 11, 1),
                    "Applied talent training reform: curricula set with enterprises, co-built laboratories and training bases",
                    LocalDate.of(2025, 3, 1).plusDays(i), List.of(
                            new FacilitySeed("pilot-" + i + "-lab", FacilityKind.LABORATORY, "Co-built laboratory of pilot " + i, enterprise(i), null,
                                    20 + 5 * i, signed, LocalDate.of(2025, 9, 1)),
                            new FacilitySeed("pilot-" + i + "-base", FacilityKind.TRAINING_BASE, "Internship and training base of pilot " + i,
                                    enterprise(i), null, 40 + 10 * i, signed, LocalDate.of(2025, 9, 1)))));
        }
        Set<PlatformFunction> engineers = Set.of(PlatformFunction.TALENT_TRAINING, PlatformFunction.JOINT_RESEARCH);
        platforms.add(new PlatformSeed("excellence-ecust", PlatformKind.EXCELLENCE_ENGINEER_COLLEGE,
                "Excellence-engineer college of East China University of Science and Technology", "ref-ecust", List.of(), engineers, false,
                LocalDate.of(2025, 3, 1), RecognitionLevel.NATIONAL, "4th national batch", LocalDate.of(2025, 6, 30), PlatformStatus.RECOGNISED,
                null, null, null, List.of()));
        platforms.add(new PlatformSeed("excellence-dhu", PlatformKind.EXCELLENCE_ENGINEER_COLLEGE, "Excellence-engineer college of Donghua University",
                "ref-dhu", List.of(), engineers, false, LocalDate.of(2025, 3, 1), RecognitionLevel.NATIONAL, "4th national batch",
                LocalDate.of(2025, 6, 30), PlatformStatus.RECOGNISED, null, null, null, List.of()));
        platforms.add(new PlatformSeed("ict-industry-college", PlatformKind.MODERN_INDUSTRY_COLLEGE,
                "ICT company's modern industry college at a vocational college", "ref-vocational-college", List.of(enterprise(6)),
                Set.of(PlatformFunction.TALENT_TRAINING, PlatformFunction.INTERNSHIP_AND_TRAINING), false, LocalDate.of(2025, 1, 10),
                RecognitionLevel.MUNICIPAL, null, LocalDate.of(2025, 3, 1), PlatformStatus.ACTIVE, LocalDate.of(2025, 5, 1), null, null, List.of(
                        new FacilitySeed("ict-ai-centre", FacilityKind.TRAINING_BASE, "AI + digital technology training centre", enterprise(6), null,
                                120, LocalDate.of(2025, 5, 1), LocalDate.of(2025, 9, 1)))));
        platforms.add(new PlatformSeed("ic-industry-college", PlatformKind.MODERN_INDUSTRY_COLLEGE,
                "Integrated-circuit industry college settled in a city district", "ref-ic-university", List.of(enterprise(7)),
                Set.of(PlatformFunction.TALENT_TRAINING, PlatformFunction.JOINT_RESEARCH), false, LocalDate.of(2025, 2, 1),
                RecognitionLevel.DISTRICT, "District–university agreement", LocalDate.of(2025, 4, 1), PlatformStatus.ACTIVE,
                LocalDate.of(2025, 6, 1), null, null, List.of(
                        new FacilitySeed("ic-lab", FacilityKind.LABORATORY, "Integrated-circuit laboratory (district–university–enterprise)",
                                enterprise(7), "ref-city-district", 30, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 9, 1)))));
        platforms.add(new PlatformSeed("hk-centre", PlatformKind.INDUSTRY_EDUCATION_CENTRE,
                "Industry–education centre of a Hong Kong university", "ref-hk-university", List.of(),
                Set.of(PlatformFunction.TALENT_TRAINING, PlatformFunction.INCUBATION_AND_INDUSTRY_ACCELERATION), false, LocalDate.of(2025, 3, 1),
                RecognitionLevel.MUNICIPAL, null, LocalDate.of(2025, 4, 1), PlatformStatus.ACTIVE, LocalDate.of(2025, 4, 18), null, null,
                List.of()));
        return platforms;
    }
}
