package org.reformplatform.evaluation.simulation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.reformplatform.evaluation.scheme.Indicator;
import org.reformplatform.evaluation.scheme.Track;

/**
 * The weights a simulation scores a cycle's dossiers under: for each track named, every indicator's
 * weight (adding up to exactly 1, as a scheme's must); tracks not named keep the weights the cycle
 * opened with. {@link #AS_RECORDED} (no track named) changes nothing: the reproduction check.
 */
public record WeightsTried(List<TrackWeights> tracks) {

    public static final WeightsTried AS_RECORDED = new WeightsTried(List.of());

    /** A track's indicators and their weights tried. */
    public record TrackWeights(String track, Map<String, BigDecimal> weights) {

        public TrackWeights {
            weights = new TreeMap<>(weights);
        }
    }

    public WeightsTried {
        tracks = List.copyOf(tracks);
    }

    public boolean asRecorded() {
        return tracks.isEmpty();
    }

    /** The track with the weights tried for it, if any; else as it is. */
    Track applyTo(Track track) {
        return tracks.stream().filter(t -> t.track().equals(track.code())).findFirst().map(tried -> new Track(track.code(), track.name(),
                track.layer(), track.description(), track.indicators().stream().map(i -> new Indicator(i.code(), i.name(),
                        tried.weights().getOrDefault(i.code(), i.weight()), i.kind(), i.max())).toList(), track.evaluators(), track.uses(),
                track.passMark(), track.excellentMark(), track.posts(), track.evidenceWeights())).orElse(track);
    }
}
