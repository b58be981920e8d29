"""L2-penalised logistic regression by Newton's method, for the training scripts of the coder's
learned parts (tools/train_acceptance.py, tools/train_recipient_choice.py). Not shipped: the
coder reads only the weights these scripts write."""

from __future__ import annotations

import numpy as np


def sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


def fit(
    x: np.ndarray,
    y: np.ndarray,
    l2: float,
    weights: np.ndarray | None = None,
    steps: int = 50,
    start: np.ndarray | None = None,
) -> np.ndarray:
    """The coefficients of a (sample-weighted) logistic regression of ``y`` on ``x``; column 0 of
    ``x`` is the intercept and is not penalised. ``start``: the coefficients Newton's method
    starts from (zeros by default; the fit is convex, so only the number of steps changes)."""
    w = np.ones(len(y)) if weights is None else weights
    beta = np.zeros(x.shape[1]) if start is None else np.array(start, dtype=float)
    pen = np.full(x.shape[1], l2)
    pen[0] = 0.0
    for _ in range(steps):
        p = sigmoid(x @ beta)
        grad = x.T @ (w * (p - y)) + pen * beta
        hess = (x * (w * p * (1 - p))[:, None]).T @ x + np.diag(pen) + 1e-6 * np.eye(x.shape[1])
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.abs(step).max() < 1e-8:
            break
    return beta
