"""A readable PNG chart of a dyad series (matplotlib, Agg backend: no display needed)."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def plot_dyad(data: dict[str, Any], path: str | Path) -> Path:
    """Stacked bars of events by direction over a Goldstein-mean line; returns the path."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    series = data["series"]
    A, B = data["a"]["code"], data["b"]["code"]
    labels = [s["period"] for s in series]
    x = list(range(len(series)))
    ab = [s["a_to_b"] for s in series]
    ba = [s["b_to_a"] for s in series]
    joint = [s["joint"] for s in series]
    fig, (top, bottom) = plt.subplots(
        2, 1, figsize=(11, 6), sharex=True, gridspec_kw={"height_ratios": [3, 1.4]}
    )
    top.bar(x, ab, color="#2f6fd0", label=f"{A} → {B}")
    top.bar(x, ba, bottom=ab, color="#e08a1e", label=f"{B} → {A}")
    top.bar(x, joint, bottom=[i + j for i, j in zip(ab, ba, strict=True)], color="#8d93a3",
            label="joint")  # fmt: skip
    for i, s in enumerate(series):
        if s["spike_status"] == "spike":
            top.annotate("spike", (i, s["events"]), ha="center", va="bottom", color="#b3261e")
    top.set_ylabel(f"{data['unit']}s per {data['by']}")
    top.set_title(
        f"{data['a']['name']} ({A}) and {data['b']['name']} ({B}): {data['totals']['events']} "
        f"{data['unit']}s", loc="left", fontsize=12,
    )  # fmt: skip
    top.legend(frameon=False, loc="upper left")
    top.grid(axis="y", color="#e6e6e6")
    top.yaxis.get_major_locator().set_params(integer=True)
    gx = [i for i, s in enumerate(series) if s["goldstein_mean"] is not None]
    gy = [series[i]["goldstein_mean"] for i in gx]
    bottom.axhline(0, color="#999", lw=0.8, ls="--")
    bottom.plot(gx, gy, color="#555d6e", lw=1.2, marker="o", ms=4)
    bottom.set_ylim(-10.5, 10.5)
    bottom.set_ylabel("Goldstein mean")
    scored = "all modalities" if data["include_unasserted"] else "asserted events only"
    bottom.set_xlabel(f"{data['by']} ({scored} scored)")
    step = max(1, len(x) // 14)
    bottom.set_xticks(x[::step], labels[::step], rotation=45, ha="right", fontsize=8)
    for ax in (top, bottom):
        ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out, dpi=110)
    plt.close(fig)
    return out
