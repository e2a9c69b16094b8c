package org.reformplatform.eventsourcing.privacy;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.reformplatform.eventsourcing.domain.DataSubject;
import org.reformplatform.eventsourcing.domain.NotPersonalData;
import org.reformplatform.eventsourcing.domain.PersonalData;

/**
 * What a record declares about personal data, read once per record type: which text components are
 * {@link PersonalData}, which component names the {@link DataSubject}, and which components are
 * nested records (or lists of them) to look into. Plain reflection, no framework: the event
 * catalogue and the codec both read it.
 */
public final class PersonalDataFields {

    /**
     * Component names that suggest personal data: names, contact details, birth dates, identity
     * documents, free-text backgrounds. A component so named must be classified either way.
     */
    static final Pattern LOOKS_PERSONAL = Pattern.compile(
            "(?i).*(name|e-?mail|phone|mobile|address|birth|dob|passport|identity|idnumber|idcard|nationalid|background|contact"
                    + "|signatory|holder|author).*");

    /** Records that describe a person (a candidate, a background): every text component in them must be classified. */
    static final Pattern DESCRIBES_A_PERSON = Pattern.compile("(?i).*(person|candidate|applicant|background|contact|founder|holder).*");

    /** One component of a record: its name, whether it is personal text, and the record(s) nested in it. */
    public record Field(String name, boolean personal, boolean subject, Class<?> nested, boolean many) {
    }

    /** A record's fields that matter for personal data (personal text, the subject, nested records). */
    public record Layout(List<Field> fields) {

        public boolean isEmpty() {
            return fields.isEmpty();
        }

        /** The components that may name the subject, in declaration order: the first one set does. */
        public List<String> subjectFields() {
            return fields.stream().filter(Field::subject).map(Field::name).toList();
        }
    }

    private static final Map<Class<?>, Layout> LAYOUTS = new ConcurrentHashMap<>();

    private PersonalDataFields() {
    }

    /** The layout of a record type (empty when it holds no personal data at any depth). */
    public static Layout of(Class<?> record) {
        Layout known = LAYOUTS.get(record);
        if (known != null) {
            return known;
        }
        Layout layout = build(record, new ArrayList<>());
        LAYOUTS.put(record, layout);
        return layout;
    }

    private static Layout build(Class<?> record, List<Class<?>> seen) {
        if (!record.isRecord() || seen.contains(record)) {
            return new Layout(List.of());
        }
        seen.add(record);
        List<Field> fields = new ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) {
            boolean personal = component.isAnnotationPresent(PersonalData.class);
            boolean subject = component.isAnnotationPresent(DataSubject.class);
            if (personal && component.getType() != String.class) {
                throw new IllegalArgumentException(record.getName() + "." + component.getName()
                        + " is @PersonalData but not text: mark the text components of the nested record instead");
            }
            Class<?> nested = nestedRecord(component.getGenericType());
            boolean many = nested != null && Collection.class.isAssignableFrom(component.getType());
            boolean nestedPersonal = nested != null && !build(nested, seen).isEmpty();
            if (personal || subject || nestedPersonal) {
                fields.add(new Field(component.getName(), personal, subject, nestedPersonal ? nested : null, many));
            }
        }
        seen.remove(record);
        boolean anyPersonal = fields.stream().anyMatch(f -> f.personal() || f.nested() != null);
        return new Layout(anyPersonal ? List.copyOf(fields) : List.of());
    }

    private static Class<?> nestedRecord(Type type) {
        if (type instanceof Class<?> c) {
            return c.isRecord() ? c : null;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw && Collection.class.isAssignableFrom(raw)
                && p.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord()) {
            return element;
        }
        return null;
    }

    /** Whether a component is declared personal (for the JSON Schema's {@code x-personal-data}). */
    public static boolean isPersonal(RecordComponent component) {
        return component.isAnnotationPresent(PersonalData.class);
    }

    /**
     * The components of these records (and of the records nested in them) whose name or type
     * suggests personal data but that are neither {@link PersonalData} nor {@link NotPersonalData},
     * as {@code Record.component} paths; also every misuse (personal data on a non-text component,
     * both annotations at once).
     */
    public static List<String> unclassified(List<Class<?>> records) {
        List<String> problems = new ArrayList<>();
        List<Class<?>> seen = new ArrayList<>();
        for (Class<?> record : records) {
            check(record, record.getSimpleName(), false, seen, problems);
        }
        return problems;
    }

    private static void check(Class<?> record, String path, boolean aPerson, List<Class<?>> seen, List<String> problems) {
        if (seen.contains(record)) {
            return;
        }
        seen.add(record);
        for (RecordComponent component : record.getRecordComponents()) {
            String where = path + "." + component.getName();
            boolean personal = component.isAnnotationPresent(PersonalData.class);
            boolean not = component.isAnnotationPresent(NotPersonalData.class);
            if (personal && not) {
                problems.add(where + " is both @PersonalData and @NotPersonalData");
            } else if (personal && component.getType() != String.class) {
                problems.add(where + " is @PersonalData but not text: mark the text components of its record instead");
            } else if (!personal && !not && (looksPersonal(component) || aPerson && component.getType() == String.class)) {
                problems.add(where + " looks like personal data (" + component.getGenericType().getTypeName().replaceAll("[\\w.]+\\.", "")
                        + " " + component.getName() + "): mark it @PersonalData, or @NotPersonalData(\"why\") after review");
            }
            Class<?> nested = nestedRecord(component.getGenericType());
            if (nested != null && !not) {
                check(nested, nested.getSimpleName(), DESCRIBES_A_PERSON.matcher(nested.getSimpleName()).matches(), seen, problems);
            }
        }
    }

    /** A text, a date or a list of texts whose name suggests personal data (ids, numbers and enums never do). */
    private static boolean looksPersonal(RecordComponent component) {
        if (!LOOKS_PERSONAL.matcher(component.getName()).matches()) {
            return false;
        }
        Type type = component.getGenericType();
        return type == String.class || type == java.time.LocalDate.class
                || type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw && Collection.class.isAssignableFrom(raw)
                        && p.getActualTypeArguments()[0] == String.class;
    }
}
