package org.reformplatform.benchmark;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Prints the summary the report gives of JFR recordings: {@code java -cp benchmark.jar org.reformplatform.benchmark.JfrSummary FILE...}. */
public final class JfrSummary {

    private JfrSummary() {
    }

    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        for (String file : args) {
            System.out.println(json.writeValueAsString(Jfr.summarise(Path.of(file))));
        }
    }
}
