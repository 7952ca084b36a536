package org.citeqa.answer;

import java.util.List;

/**
 * L2-regularised logistic regression fitted by Newton's method: deterministic (no sampling, no random start), so the
 * same data always gives the same weights. Small dense problems only (tens of features).
 */
final class LogisticRegression {

    private static final int MAX_ITERATIONS = 50;
    private static final double TOLERANCE = 1e-8;

    private LogisticRegression() {
    }

    /**
     * Weights {@code [intercept, w1..wn]} minimising the log-loss of {@code labels} given {@code rows} plus
     * {@code l2}/2 times the squared norm of w1..wn (the intercept is not penalised).
     */
    static double[] fit(List<double[]> rows, List<Boolean> labels, double l2) {
        return fit(rows, labels, null, l2);
    }

    /** As {@link #fit(List, List, double)}, each row's loss weighted by {@code weights} (null: all 1). */
    static double[] fit(List<double[]> rows, List<Boolean> labels, List<Double> weights, double l2) {
        int n = rows.get(0).length + 1;
        double[] w = new double[n];
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] gradient = new double[n];
            double[][] hessian = new double[n][n];
            for (int i = 1; i < n; i++) {
                gradient[i] = l2 * w[i];
                hessian[i][i] = l2;
            }
            hessian[0][0] = 1e-9;
            for (int r = 0; r < rows.size(); r++) {
                double[] x = withIntercept(rows.get(r));
                double p = sigmoid(dot(w, x));
                double weight = weights == null ? 1 : weights.get(r);
                double error = weight * (p - (labels.get(r) ? 1 : 0));
                double curvature = weight * p * (1 - p);
                for (int i = 0; i < n; i++) {
                    gradient[i] += error * x[i];
                    for (int j = 0; j <= i; j++) {
                        hessian[i][j] += curvature * x[i] * x[j];
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    hessian[i][j] = hessian[j][i];
                }
            }
            double[] step = solve(hessian, gradient);
            double largest = 0;
            for (int i = 0; i < n; i++) {
                w[i] -= step[i];
                largest = Math.max(largest, Math.abs(step[i]));
            }
            if (largest < TOLERANCE) {
                break;
            }
        }
        return w;
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    static double dot(double[] w, double[] x) {
        double z = 0;
        for (int i = 0; i < x.length; i++) {
            z += w[i] * x[i];
        }
        return z;
    }

    private static double[] withIntercept(double[] row) {
        double[] x = new double[row.length + 1];
        x[0] = 1;
        System.arraycopy(row, 0, x, 1, row.length);
        return x;
    }

    /** Solves {@code a x = b} by Gaussian elimination with partial pivoting; {@code a} is symmetric positive definite. */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            double[] swap = m[col];
            m[col] = m[pivot];
            m[pivot] = swap;
            if (Math.abs(m[col][col]) < 1e-12) {
                continue;
            }
            for (int r = col + 1; r < n; r++) {
                double f = m[r][col] / m[col][col];
                for (int c = col; c <= n; c++) {
                    m[r][c] -= f * m[col][c];
                }
            }
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = m[i][n];
            for (int j = i + 1; j < n; j++) {
                s -= m[i][j] * x[j];
            }
            x[i] = Math.abs(m[i][i]) < 1e-12 ? 0 : s / m[i][i];
        }
        return x;
    }
}
