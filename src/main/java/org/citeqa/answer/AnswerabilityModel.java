package org.citeqa.answer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The answerability model, logistic regressions learned from SQuAD 2.0 training questions:
 * <ul>
 *   <li>the sentence model weighs a candidate sentence's {@link Signal}s into its score (the log-odds that it holds
 *   the answer) and picks the best sentence;</li>
 *   <li>the decision weighs that score, the {@link Decision} signals and the best sentence's own signals into the
 *   log-odds that an answer quoting it is right, learned from questions that have an answer;</li>
 *   <li>the detector weighs the same into the log-odds that the question has an answer at all, learned from right
 *   answers against questions without one, each side weighing the same.</li>
 * </ul>
 * The two probabilities multiply (the answer must be right, and the question answerable); Platt scaling, fitted on
 * the even halves of both dev sets, turns the product into the answer's confidence. Read from {@value #RESOURCE},
 * which {@code AnswerabilityTraining} (test scope) writes; the README gives the command.
 */
final class AnswerabilityModel {

    static final String RESOURCE = "/answer/answerability.properties";

    /** A logistic regression over the {@link Decision} signals and the best sentence's {@link Signal}s. */
    record Judge(double intercept, double[] decision, double[] signals) {

        Judge {
            if (decision.length != Decision.values().length || signals.length != Signal.values().length) {
                throw new IllegalArgumentException("one weight per signal and decision expected");
            }
            decision = decision.clone();
            signals = signals.clone();
        }

        double logit(double[] decision, double[] bestSignals) {
            return intercept + dot(this.decision, decision) + dot(signals, bestSignals);
        }

        boolean uses(Signal signal) {
            return signals[signal.ordinal()] != 0;
        }

        private static Judge read(Properties p, String prefix) {
            double[] decision = new double[Decision.values().length];
            for (Decision d : Decision.values()) {
                decision[d.ordinal()] = number(p, prefix + d.name(), 0);
            }
            double[] signals = new double[Signal.values().length];
            for (Signal s : Signal.values()) {
                signals[s.ordinal()] = number(p, prefix + s.name(), 0);
            }
            return new Judge(number(p, prefix + "intercept", 0), decision, signals);
        }

        private void write(Properties p, String prefix) {
            p.setProperty(prefix + "intercept", Double.toString(intercept));
            for (Decision d : Decision.values()) {
                p.setProperty(prefix + d.name(), Double.toString(decision[d.ordinal()]));
            }
            for (Signal s : Signal.values()) {
                p.setProperty(prefix + s.name(), Double.toString(signals[s.ordinal()]));
            }
        }
    }

    private final double selectIntercept;
    private final double[] select;
    private final Judge decide;
    private final Judge detect;
    private final double slope;
    private final double offset;

    /** @param detect the detector, or null for a model that weighs the decision alone */
    AnswerabilityModel(double selectIntercept, double[] select, Judge decide, Judge detect, double slope,
                       double offset) {
        if (select.length != Signal.values().length) {
            throw new IllegalArgumentException("one weight per signal expected");
        }
        this.selectIntercept = selectIntercept;
        this.select = select.clone();
        this.decide = decide;
        this.detect = detect;
        this.slope = slope;
        this.offset = offset;
    }

    /** The shipped model. */
    static AnswerabilityModel load() {
        Properties p = new Properties();
        try (InputStream in = AnswerabilityModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return read(p);
    }

    static AnswerabilityModel read(Properties p) {
        double[] select = new double[Signal.values().length];
        for (Signal s : Signal.values()) {
            select[s.ordinal()] = number(p, "select." + s.name(), 0);
        }
        Judge detect = p.containsKey("detect.intercept") ? Judge.read(p, "detect.") : null;
        return new AnswerabilityModel(number(p, "select.intercept", 0), select, Judge.read(p, "decide."), detect,
                number(p, "calibration.slope", 1), number(p, "calibration.intercept", 0));
    }

    /** The model as {@link #read} reads it. */
    Properties write() {
        Properties p = new Properties();
        p.setProperty("select.intercept", Double.toString(selectIntercept));
        for (Signal s : Signal.values()) {
            p.setProperty("select." + s.name(), Double.toString(select[s.ordinal()]));
        }
        decide.write(p, "decide.");
        if (detect != null) {
            detect.write(p, "detect.");
        }
        p.setProperty("calibration.slope", Double.toString(slope));
        p.setProperty("calibration.intercept", Double.toString(offset));
        return p;
    }

    private static double number(Properties p, String key, double otherwise) {
        String v = p.getProperty(key);
        return v == null ? otherwise : Double.parseDouble(v.strip());
    }

    /** A candidate sentence's score: the log-odds that it holds the answer. */
    double score(double[] signals) {
        return selectIntercept + dot(select, signals);
    }

    /**
     * The answer's worth before calibration: with a detector, the log of the probability that the answer is right
     * times the probability that the question has one; without, the decision's log-odds.
     */
    double decide(double[] decision, double[] bestSignals) {
        double right = decide.logit(decision, bestSignals);
        if (detect == null) {
            return right;
        }
        return logSigmoid(right) + logSigmoid(detect.logit(decision, bestSignals));
    }

    /** The answer's confidence: the calibrated probability that it is right. */
    double confidence(double decision) {
        return sigmoid(slope * decision + offset);
    }

    /** Whether a signal plays any part, so that costly ones (the question's embedding) can be skipped. */
    boolean uses(Signal signal) {
        return select[signal.ordinal()] != 0 || decide.uses(signal) || detect != null && detect.uses(signal);
    }

    /** The same weights with another calibration. */
    AnswerabilityModel calibrated(double slope, double offset) {
        return new AnswerabilityModel(selectIntercept, select, decide, detect, slope, offset);
    }

    private static double dot(double[] w, double[] x) {
        double z = 0;
        for (int i = 0; i < w.length; i++) {
            z += w[i] * x[i];
        }
        return z;
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    /** log(sigmoid(z)), without overflow for large negative z. */
    private static double logSigmoid(double z) {
        return z >= 0 ? -Math.log1p(Math.exp(-z)) : z - Math.log1p(Math.exp(z));
    }
}
