package org.citeqa.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.citeqa.index.IndexedCorpus;

/**
 * Fits the answerability model from labelled questions, deterministically:
 * <ol>
 *   <li>the sentence model, on every candidate sentence of the training questions (does it hold a gold answer);</li>
 *   <li>the decision, on each answerable training question's best sentence as the answerer quotes it (is the
 *   quote right);</li>
 *   <li>the detector, on the same quotes of the training questions, right ones against those of questions without
 *   an answer, both sides weighing the same;</li>
 *   <li>Platt scaling of the two together, on the calibration questions (the even halves of the dev sets).</li>
 * </ol>
 * Signals are read once per question; refitting only rescores them.
 */
final class AnswerabilityTrainer {

    /** Regularisation of both regressions; chosen once, not tuned on the dev sets. */
    static final double L2 = 1.0;

    private final ExtractiveAnswerer answerer;

    AnswerabilityTrainer(ExtractiveAnswerer answerer) {
        this.answerer = answerer;
    }

    /** A question of a corpus with its signals read. */
    record Read(IndexedCorpus corpus, QuestionSets.Labelled question, ExtractiveAnswerer.Ranking ranking) {
    }

    List<Read> read(IndexedCorpus corpus, List<QuestionSets.Labelled> questions) {
        List<Read> out = new ArrayList<>(questions.size());
        for (QuestionSets.Labelled q : questions) {
            out.add(new Read(corpus, q, answerer.rank(corpus, q.question())));
        }
        return out;
    }

    /**
     * @param training    questions on the full training corpus: the sentence model, the decision and the detector
     *                    learn from these
     * @param absent      questions whose answering paragraph was withheld from their corpus: the decision learns from
     *                    these as well, so that it knows documents that lack what is asked
     * @param calibration questions the decision is calibrated on, by corpus: each corpus weighs the same in the
     *                    calibration, however many questions it has
     */
    AnswerabilityModel fit(List<Read> training, List<Read> absent, List<List<Read>> calibration) {
        List<double[]> rows = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        for (Read r : training) {
            for (ExtractiveAnswerer.Scored s : r.ranking().scored()) {
                rows.add(s.signals());
                labels.add(r.question().answerable() && r.question().answeredBy(s.candidate().text()));
            }
        }
        double[] select = LogisticRegression.fit(rows, labels, L2);
        AnswerabilityModel selecting = new AnswerabilityModel(select[0], tail(select),
                judge(new double[1 + Decision.values().length + Signal.values().length]), null, 1, 0);

        // The decision learns which answers are right from questions that have an answer (some of them in a corpus
        // whose answering paragraph was withheld); the detector learns right answers against questions that have
        // none, each side weighing the same, since the training questions hold few of those.
        List<Read> deciding = new ArrayList<>(training);
        deciding.addAll(absent);
        List<Outcome> decided = outcomes(selecting, deciding).stream().filter(o -> o.read().question().answerable())
                .toList();
        AnswerabilityModel.Judge decide = judge(LogisticRegression.fit(features(decided), rights(decided), L2));
        List<Outcome> detected = outcomes(selecting, training).stream()
                .filter(o -> o.right() || !o.read().question().answerable()).toList();
        long rightCount = detected.stream().filter(Outcome::right).count();
        long noneCount = detected.size() - rightCount;
        List<Double> balance = detected.stream()
                .map(o -> 0.5 * detected.size() / (o.right() ? rightCount : noneCount)).toList();
        AnswerabilityModel.Judge detect = judge(LogisticRegression.fit(features(detected), rights(detected), balance,
                L2));
        AnswerabilityModel model = new AnswerabilityModel(select[0], tail(select), decide, detect, 1, 0);

        List<double[]> logits = new ArrayList<>();
        List<Boolean> calibrationRight = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (List<Read> corpus : calibration) {
            for (Outcome o : outcomes(model, corpus)) {
                logits.add(new double[] {o.logit()});
                calibrationRight.add(o.right());
                weights.add(1.0 / corpus.size());
            }
        }
        double[] platt = LogisticRegression.fit(logits, calibrationRight, weights, 0);
        return model.calibrated(platt[1], platt[0]);
    }

    private static List<double[]> features(List<Outcome> outcomes) {
        return outcomes.stream().map(Outcome::features).toList();
    }

    private static List<Boolean> rights(List<Outcome> outcomes) {
        return outcomes.stream().map(Outcome::right).toList();
    }

    /** Weights {@code [intercept, decision signals…, sentence signals…]} as a judge. */
    private static AnswerabilityModel.Judge judge(double[] weights) {
        int d = Decision.values().length;
        double[] decision = new double[d];
        double[] signals = new double[Signal.values().length];
        System.arraycopy(weights, 1, decision, 0, d);
        System.arraycopy(weights, 1 + d, signals, 0, signals.length);
        return new AnswerabilityModel.Judge(weights[0], decision, signals);
    }

    /** How the answerer with a model does on a question: its uncalibrated decision, features, and whether it is right. */
    record Outcome(Read read, double logit, double confidence, double[] features, boolean right, String answer) {
    }

    List<Outcome> outcomes(AnswerabilityModel model, List<Read> reads) {
        ExtractiveAnswerer a = answerer.with(model);
        List<Outcome> out = new ArrayList<>(reads.size());
        for (Read r : reads) {
            ExtractiveAnswerer.Ranking ranking = rescored(model, r.ranking());
            if (ranking.scored().isEmpty()) {
                out.add(new Outcome(r, -20, 0, new double[Decision.values().length + Signal.values().length], false, ""));
                continue;
            }
            ExtractiveAnswerer.Quote quote = a.quote(r.corpus(), ranking);
            double[] decision = a.decision(r.corpus(), ranking, quote);
            double[] features = new double[decision.length + Signal.values().length];
            System.arraycopy(decision, 0, features, 0, decision.length);
            System.arraycopy(quote.best().signals(), 0, features, decision.length, Signal.values().length);
            double logit = model.decide(decision, quote.best().signals());
            boolean right = r.question().answerable() && r.question().answeredBy(quote.citation().quote());
            out.add(new Outcome(r, logit, model.confidence(logit), features, right, quote.citation().quote()));
        }
        return out;
    }

    private static ExtractiveAnswerer.Ranking rescored(AnswerabilityModel model, ExtractiveAnswerer.Ranking ranking) {
        List<ExtractiveAnswerer.Scored> scored = new ArrayList<>();
        for (ExtractiveAnswerer.Scored s : ranking.scored()) {
            scored.add(new ExtractiveAnswerer.Scored(s.candidate(), s.signals(), model.score(s.signals()),
                    s.quotesPrevious()));
        }
        scored.sort(Comparator.comparingDouble(ExtractiveAnswerer.Scored::score).reversed());
        return new ExtractiveAnswerer.Ranking(ranking.question(), ranking.hits(), List.copyOf(scored));
    }

    private static double[] tail(double[] w) {
        double[] out = new double[w.length - 1];
        System.arraycopy(w, 1, out, 0, out.length);
        return out;
    }

    /** Right answers, answers given, precision and abstention of a set of outcomes at an abstention threshold. */
    static String table(String label, List<Outcome> outcomes, double abstainBelow) {
        int answerable = 0, answered = 0, right = 0, unanswerable = 0, abstained = 0;
        for (Outcome o : outcomes) {
            boolean answers = o.confidence() >= abstainBelow;
            if (o.read().question().answerable()) {
                answerable++;
                answered += answers ? 1 : 0;
                right += answers && o.right() ? 1 : 0;
            } else {
                unanswerable++;
                abstained += answers ? 0 : 1;
            }
        }
        return String.format(Locale.ROOT, "%-16s at %.2f: right %.3f  answered %.3f  precision %.3f  abstains %.3f"
                        + "  overall %.3f", label, abstainBelow, ratio(right, answerable), ratio(answered, answerable),
                ratio(right, answered), ratio(abstained, unanswerable),
                ratio(right + abstained, answerable + unanswerable));
    }

    /**
     * The worth of answering at an abstention threshold: right answers less wrong ones (an answer to a question the
     * documents do not answer is wrong), over all questions. A wrong answer costs what a right one gains, an abstention
     * nothing: a wrong citation is worse than none.
     */
    static double worth(List<Outcome> outcomes, double abstainBelow) {
        int worth = 0;
        for (Outcome o : outcomes) {
            if (o.confidence() >= abstainBelow) {
                worth += o.right() ? 1 : -1;
            }
        }
        return outcomes.isEmpty() ? 0 : (double) worth / outcomes.size();
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 1 : (double) a / b;
    }

    static <T> List<T> half(List<T> items, boolean even, Function<T, Integer> position) {
        return items.stream().filter(i -> position.apply(i) % 2 == (even ? 0 : 1)).toList();
    }
}
