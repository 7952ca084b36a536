package org.citeqa.answer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Weighs a candidate sentence's {@link Signal}s into one answerability score: a logistic regression whose weights
 * were learned from SQuAD 2.0 training questions (whether a sentence holds the gold answer), then calibrated into the
 * probability that the answer quoting it is right, on the even halves of both dev sets. Both are read from
 * {@value #RESOURCE}, which {@code AnswerabilityTraining} (test scope) writes; see the README for the command.
 */
final class AnswerabilityModel {

    static final String RESOURCE = "/answer/answerability.properties";

    private final double intercept;
    private final double[] weights;
    private final double calibrationSlope;
    private final double calibrationIntercept;

    AnswerabilityModel(double intercept, double[] weights, double calibrationSlope, double calibrationIntercept) {
        if (weights.length != Signal.values().length) {
            throw new IllegalArgumentException("one weight per signal expected, got " + weights.length);
        }
        this.intercept = intercept;
        this.weights = weights.clone();
        this.calibrationSlope = calibrationSlope;
        this.calibrationIntercept = calibrationIntercept;
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
        double[] weights = new double[Signal.values().length];
        for (Signal s : Signal.values()) {
            weights[s.ordinal()] = Double.parseDouble(p.getProperty("weight." + s.name(), "0"));
        }
        return new AnswerabilityModel(Double.parseDouble(p.getProperty("intercept", "0")), weights,
                Double.parseDouble(p.getProperty("calibration.slope", "1")),
                Double.parseDouble(p.getProperty("calibration.intercept", "0")));
    }

    /** The sentence's score: the log-odds that it holds the answer. */
    double score(double[] signals) {
        double z = intercept;
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * signals[i];
        }
        return z;
    }

    /** The probability that an answer quoting the best-scored sentence is right (Platt scaling of its score). */
    double confidence(double score) {
        return sigmoid(calibrationSlope * score + calibrationIntercept);
    }

    /** Whether a signal plays any part, so that costly ones (the question's embedding) can be skipped. */
    boolean uses(Signal signal) {
        return weights[signal.ordinal()] != 0;
    }

    double weight(Signal signal) {
        return weights[signal.ordinal()];
    }

    double intercept() {
        return intercept;
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
