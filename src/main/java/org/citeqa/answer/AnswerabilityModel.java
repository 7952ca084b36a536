package org.citeqa.answer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The answerability model, two logistic regressions learned from SQuAD 2.0 training questions: the first weighs a
 * candidate sentence's {@link Signal}s into its score (the log-odds that it holds the answer) and picks the best
 * sentence; the second weighs that score, the {@link Decision} signals and the best sentence's own signals into the
 * log-odds that an answer quoting it is right, which Platt scaling, fitted on the even halves of both dev sets, turns
 * into the answer's confidence. Read from {@value #RESOURCE}, which {@code AnswerabilityTraining} (test scope) writes;
 * the README gives the command.
 */
final class AnswerabilityModel {

    static final String RESOURCE = "/answer/answerability.properties";

    private final double selectIntercept;
    private final double[] select;
    private final double decideIntercept;
    private final double[] decide;
    private final double[] decideSignals;
    private final double slope;
    private final double offset;

    AnswerabilityModel(double selectIntercept, double[] select, double decideIntercept, double[] decide,
                       double[] decideSignals, double slope, double offset) {
        if (select.length != Signal.values().length || decideSignals.length != Signal.values().length
                || decide.length != Decision.values().length) {
            throw new IllegalArgumentException("one weight per signal and decision expected");
        }
        this.selectIntercept = selectIntercept;
        this.select = select.clone();
        this.decideIntercept = decideIntercept;
        this.decide = decide.clone();
        this.decideSignals = decideSignals.clone();
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
        double[] decideSignals = new double[Signal.values().length];
        for (Signal s : Signal.values()) {
            select[s.ordinal()] = number(p, "select." + s.name(), 0);
            decideSignals[s.ordinal()] = number(p, "decide." + s.name(), 0);
        }
        double[] decide = new double[Decision.values().length];
        for (Decision d : Decision.values()) {
            decide[d.ordinal()] = number(p, "decide." + d.name(), 0);
        }
        return new AnswerabilityModel(number(p, "select.intercept", 0), select, number(p, "decide.intercept", 0),
                decide, decideSignals, number(p, "calibration.slope", 1), number(p, "calibration.intercept", 0));
    }

    /** The model as {@link #read} reads it. */
    Properties write() {
        Properties p = new Properties();
        p.setProperty("select.intercept", Double.toString(selectIntercept));
        p.setProperty("decide.intercept", Double.toString(decideIntercept));
        for (Signal s : Signal.values()) {
            p.setProperty("select." + s.name(), Double.toString(select[s.ordinal()]));
            p.setProperty("decide." + s.name(), Double.toString(decideSignals[s.ordinal()]));
        }
        for (Decision d : Decision.values()) {
            p.setProperty("decide." + d.name(), Double.toString(decide[d.ordinal()]));
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

    /** The log-odds that an answer quoting the best sentence is right, before calibration. */
    double decide(double[] decision, double[] bestSignals) {
        return decideIntercept + dot(decide, decision) + dot(decideSignals, bestSignals);
    }

    /** The answer's confidence: the calibrated probability that it is right. */
    double confidence(double decision) {
        return sigmoid(slope * decision + offset);
    }

    /** Whether a signal plays any part, so that costly ones (the question's embedding) can be skipped. */
    boolean uses(Signal signal) {
        return select[signal.ordinal()] != 0 || decideSignals[signal.ordinal()] != 0;
    }

    /** The same weights with another calibration. */
    AnswerabilityModel calibrated(double slope, double offset) {
        return new AnswerabilityModel(selectIntercept, select, decideIntercept, decide, decideSignals, slope, offset);
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
}
