package org.citeqa.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Properties;
import org.junit.jupiter.api.Test;

/** How the shipped model's parts combine, and that the file it is kept in reads back the same model. */
class AnswerabilityModelTest {

    private static final double[] DECISION = new double[Decision.values().length];
    private static final double[] SIGNALS = new double[Signal.values().length];

    private static AnswerabilityModel.Judge constant(double logit) {
        return new AnswerabilityModel.Judge(logit, DECISION, SIGNALS);
    }

    private static double logSigmoid(double z) {
        return Math.log(AnswerabilityModel.sigmoid(z));
    }

    @Test
    void anAnswerMustBeRightAndItsQuestionAnswerable() {
        AnswerabilityModel model = new AnswerabilityModel(0, SIGNALS, constant(2.0), constant(-1.0), 1, 0);
        assertEquals(logSigmoid(2.0) + logSigmoid(-1.0), model.decide(DECISION, SIGNALS), 1e-12);
        // Either part alone being sure of nothing pulls the product down.
        AnswerabilityModel doubtful = new AnswerabilityModel(0, SIGNALS, constant(2.0), constant(-6.0), 1, 0);
        assertTrue(doubtful.decide(DECISION, SIGNALS) < model.decide(DECISION, SIGNALS));
    }

    @Test
    void withoutADetectorTheDecisionDecidesAlone() {
        AnswerabilityModel model = new AnswerabilityModel(0, SIGNALS, constant(1.5), null, 1, 0);
        assertEquals(1.5, model.decide(DECISION, SIGNALS), 1e-12);
        Properties written = model.write();
        assertNull(written.getProperty("detect.intercept"));
        assertEquals(1.5, AnswerabilityModel.read(written).decide(DECISION, SIGNALS), 1e-12);
    }

    @Test
    void theWrittenModelReadsBackTheSame() {
        AnswerabilityModel shipped = AnswerabilityModel.load();
        AnswerabilityModel again = AnswerabilityModel.read(shipped.write());
        double[] signals = new double[Signal.values().length];
        double[] decision = new double[Decision.values().length];
        for (int i = 0; i < signals.length; i++) {
            signals[i] = (i % 5) / 4.0;
        }
        decision[0] = 1.25;
        assertEquals(shipped.score(signals), again.score(signals), 1e-12);
        assertEquals(shipped.decide(decision, signals), again.decide(decision, signals), 1e-12);
        assertEquals(shipped.confidence(-0.7), again.confidence(-0.7), 1e-12);
        assertTrue(shipped.write().containsKey("detect.intercept"), "the shipped model has a detector");
    }
}
