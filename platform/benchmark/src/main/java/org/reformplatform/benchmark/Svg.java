package org.reformplatform.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Small line charts as SVG, written by hand so that the report needs no plotting library. */
final class Svg {

    record Point(double x, double y) {
    }

    record Series(String name, List<Point> points) {
    }

    private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf"};
    private static final int WIDTH = 760;
    private static final int HEIGHT = 440;
    private static final int LEFT = 70;
    private static final int RIGHT = 210;
    private static final int TOP = 40;
    private static final int BOTTOM = 60;

    private Svg() {
    }

    static String chart(String title, String xLabel, String yLabel, boolean logX, boolean logY, List<Series> series) {
        List<Point> all = new ArrayList<>();
        series.forEach(s -> s.points().stream().filter(p -> (!logX || p.x() > 0) && (!logY || p.y() > 0)).forEach(all::add));
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">%n",
                WIDTH, HEIGHT));
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", WIDTH, HEIGHT));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"22\" font-size=\"15\" font-weight=\"bold\">%s</text>%n", LEFT, escape(title)));
        if (all.isEmpty()) {
            return svg.append("<text x=\"70\" y=\"200\">no data</text></svg>\n").toString();
        }
        Axis x = Axis.of(all.stream().mapToDouble(Point::x).min().orElse(0), all.stream().mapToDouble(Point::x).max().orElse(1), logX, false);
        Axis y = Axis.of(all.stream().mapToDouble(Point::y).min().orElse(0), all.stream().mapToDouble(Point::y).max().orElse(1), logY, true);
        int plotW = WIDTH - LEFT - RIGHT;
        int plotH = HEIGHT - TOP - BOTTOM;
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#999\"/>%n", LEFT, TOP, plotW, plotH));
        for (double tick : x.ticks()) {
            double px = LEFT + x.position(tick) * plotW;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#eee\"/>%n", px, TOP, px, TOP + plotH));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n", px, TOP + plotH + 16, label(tick)));
        }
        for (double tick : y.ticks()) {
            double py = TOP + plotH - y.position(tick) * plotH;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#eee\"/>%n", LEFT, py, LEFT + plotW, py));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n", LEFT - 6, py + 4, label(tick)));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>%n", LEFT + plotW / 2, HEIGHT - 18, escape(xLabel)));
        svg.append(String.format(Locale.ROOT, "<text x=\"16\" y=\"%d\" text-anchor=\"middle\" transform=\"rotate(-90 16 %d)\">%s</text>%n",
                TOP + plotH / 2, TOP + plotH / 2, escape(yLabel)));
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            String colour = COLOURS[i % COLOURS.length];
            StringBuilder path = new StringBuilder();
            for (Point p : s.points()) {
                if ((logX && p.x() <= 0) || (logY && p.y() <= 0)) {
                    continue;
                }
                double px = LEFT + x.position(p.x()) * plotW;
                double py = TOP + plotH - y.position(p.y()) * plotH;
                path.append(path.length() == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", px, py));
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>%n", px, py, colour));
            }
            svg.append(String.format(Locale.ROOT, "<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>%n", path, colour));
            int ly = TOP + 10 + i * 20;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"3\"/>%n",
                    WIDTH - RIGHT + 12, ly, WIDTH - RIGHT + 32, ly, colour));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>%n", WIDTH - RIGHT + 38, ly + 4, escape(s.name())));
        }
        return svg.append("</svg>\n").toString();
    }

    private static String label(double value) {
        if (value >= 1000 && value % 1000 == 0) {
            return String.format(Locale.ROOT, "%.0fk", value / 1000);
        }
        if (value == Math.rint(value)) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        return String.format(Locale.ROOT, value < 1 ? "%.2f" : "%.1f", value);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** A linear axis from 0 (or the minimum), or a logarithmic one over whole powers. */
    private record Axis(double min, double max, boolean log) {

        static Axis of(double min, double max, boolean log, boolean fromZero) {
            if (log) {
                double lo = Math.pow(10, Math.floor(Math.log10(min)));
                double hi = Math.pow(10, Math.ceil(Math.log10(max)));
                if (hi <= lo) {
                    hi = lo * 10;
                }
                return new Axis(lo, hi, true);
            }
            double lo = fromZero ? Math.min(0, min) : min;
            double hi = max <= lo ? lo + 1 : max * 1.05;
            return new Axis(lo, hi, false);
        }

        double position(double value) {
            if (log) {
                return (Math.log10(value) - Math.log10(min)) / (Math.log10(max) - Math.log10(min));
            }
            return (value - min) / (max - min);
        }

        List<Double> ticks() {
            List<Double> ticks = new ArrayList<>();
            if (log) {
                for (double decade = min; decade <= max * 1.0001; decade *= 10) {
                    ticks.add(decade);
                    if (decade * 10 <= max * 1.0001 && Math.log10(max / min) <= 3) {
                        ticks.add(decade * 2);
                        ticks.add(decade * 5);
                    }
                }
                return ticks;
            }
            double step = niceStep((max - min) / 6);
            for (double t = Math.ceil(min / step) * step; t <= max + 1e-9; t += step) {
                ticks.add(Math.round(t * 1e6) / 1e6);
            }
            return ticks;
        }

        private static double niceStep(double raw) {
            double power = Math.pow(10, Math.floor(Math.log10(raw)));
            double fraction = raw / power;
            return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
        }
    }
}
