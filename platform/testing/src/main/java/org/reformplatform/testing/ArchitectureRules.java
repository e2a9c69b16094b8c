package org.reformplatform.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;

/**
 * The architecture every build keeps (docs/architecture.md, "Rules the build keeps"), with ArchUnit
 * over the compiled main classes:
 * <ul>
 * <li>the domain — every class a decider reaches — is plain Java: no Quarkus, Jakarta (persistence,
 * REST, CDI), Jackson, Hibernate, Kafka or MicroProfile;</li>
 * <li>no service depends on another service: they meet only on the topics;</li>
 * <li>resources stay at the edge: they do not touch aggregates or the event store (a use-case
 * handler does), and refuse nothing for a business reason (a decider or handler does);</li>
 * <li>the feature packages of a service form no cycle; only a use-case handler ({@code *Handler})
 * may coordinate several features;</li>
 * <li>the kernel depends on no service.</li>
 * </ul>
 */
public final class ArchitectureRules {

    static final String BASE = "org.reformplatform";
    static final String KERNEL = BASE + ".eventsourcing";
    static final List<String> SERVICES = List.of("admissions", "qualification", "mobility", "incubation", "evaluation");
    static final String[] FRAMEWORKS = {"io.quarkus..", "jakarta.persistence..", "jakarta.ws.rs..", "jakarta.enterprise..", "jakarta.inject..",
            "jakarta.transaction..", "com.fasterxml.jackson..", "org.hibernate..", "org.apache.kafka..", "org.eclipse.microprofile..",
            "io.smallrye..", "io.vertx..", "io.agroal.."};

    private ArchitectureRules() {
    }

    /** Checks every rule on a service's main classes; fails listing every violation of every rule. */
    public static void assertService(String service) {
        String base = BASE + "." + service;
        JavaClasses classes = importMain(base, KERNEL);
        assertAll(classes, domainIsPlainJava(base, classes), noOtherService(service), resourcesStayAtTheEdge(base), featuresFormNoCycle(base));
    }

    private static void assertAll(JavaClasses classes, ArchRule... rules) {
        List<String> failures = new java.util.ArrayList<>();
        for (ArchRule rule : rules) {
            EvaluationResult result = rule.evaluate(classes);
            if (result.hasViolation()) {
                failures.add(result.getFailureReport().toString());
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.size() + " of " + rules.length + " architecture rules violated:\n\n" + String.join("\n\n", failures));
        }
    }

    /** Checks the kernel: it knows no service, and its domain building blocks are plain Java. */
    public static void assertKernel() {
        JavaClasses classes = importMain(KERNEL);
        noClasses().that().resideInAPackage(KERNEL + "..").should().dependOnClassesThat()
                .resideInAnyPackage(SERVICES.stream().map(s -> BASE + "." + s + "..").toArray(String[]::new))
                .because("the kernel serves every service and knows none").check(classes);
        noClasses().that().resideInAPackage(KERNEL + ".domain..").should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .because("the domain building blocks are plain Java").check(classes);
    }

    static JavaClasses importMain(String... packages) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS).importPackages(packages);
    }

    /** Every class of the service a decider reaches, directly or not: the domain. */
    static Set<JavaClass> domain(String base, JavaClasses classes) {
        Set<JavaClass> domain = new HashSet<>();
        Deque<JavaClass> todo = new ArrayDeque<>();
        for (JavaClass c : classes) {
            if (c.getPackageName().startsWith(base) && c.isAssignableTo(KERNEL + ".domain.Decider")) {
                todo.add(c);
            }
        }
        while (!todo.isEmpty()) {
            JavaClass next = todo.pop();
            if (!domain.add(next)) {
                continue;
            }
            for (Dependency dependency : next.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass().getBaseComponentType();
                if (target.getPackageName().startsWith(base)) {
                    todo.add(target);
                }
            }
            // A sealed interface's permitted types are the domain too (events and commands).
            next.getSubclasses().stream().filter(s -> s.getPackageName().startsWith(base)).forEach(todo::add);
        }
        return domain;
    }

    static ArchRule domainIsPlainJava(String base, JavaClasses classes) {
        Set<JavaClass> domain = domain(base, classes);
        if (domain.isEmpty()) {
            throw new AssertionError("no decider found in " + base + ": the rule would check nothing");
        }
        return noClasses().that(DescribedPredicate.describe("are in the domain (reached from a decider)", domain::contains))
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .because("the domain is plain Java: a reader understands the business without the framework");
    }

    static ArchRule noOtherService(String service) {
        String[] others = SERVICES.stream().filter(s -> !s.equals(service)).map(s -> BASE + "." + s + "..").toArray(String[]::new);
        return noClasses().that().resideInAPackage(BASE + "." + service + "..").should().dependOnClassesThat().resideInAnyPackage(others)
                .because("services meet only on the topics, through contracts of their own");
    }

    static ArchRule resourcesStayAtTheEdge(String base) {
        DescribedPredicate<JavaClass> resources = DescribedPredicate.describe("are REST resources",
                c -> c.getPackageName().startsWith(base) && (c.getSimpleName().endsWith("Resource") || c.isAnnotatedWith("jakarta.ws.rs.Path")));
        return noClasses().that(resources).should().dependOnClassesThat()
                .haveFullyQualifiedName(KERNEL + ".command.Aggregates")
                .orShould().dependOnClassesThat().haveFullyQualifiedName(KERNEL + ".domain.AggregateType")
                .orShould().dependOnClassesThat().haveFullyQualifiedName(KERNEL + ".domain.Decider")
                .orShould().dependOnClassesThat().resideInAPackage(KERNEL + ".store..")
                .orShould().callMethodWhere(DescribedPredicate.describe("refuse for a business reason (RuleViolation.conflict, "
                        + "invalid or forbidden)", call -> call.getTarget().getOwner().getName().equals(KERNEL + ".domain.RuleViolation")
                                && List.of("conflict", "invalid", "forbidden").contains(call.getTarget().getName())))
                .because("resources parse, authorise, map HTTP to a command and call a handler; the handler loads, decides and appends");
    }

    static ArchRule featuresFormNoCycle(String base) {
        return slices().matching(base + ".(*)..").should().beFreeOfCycles()
                .ignoreDependency(DescribedPredicate.describe("use-case handlers", (JavaClass c) -> c.getSimpleName().endsWith("Handler")),
                        DescribedPredicate.alwaysTrue())
                .because("a feature's domain does not reach into another's; only a use-case handler coordinates several");
    }
}
