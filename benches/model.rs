//! How long the model takes: one scenario's full computation, one 200-point sweep, the
//! decision over time (both paths over the horizon, and the break-even bisection over full
//! projections), which every slider move recomputes, and what shows where the answer flips:
//! the tornado and decision maps of two sizes, to choose the map's grid from. Run with
//! `make bench`.

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::hint::black_box;

    use criterion::{criterion_group, Criterion};
    use mining_vs_ai::model::decision::decide;
    use mining_vs_ai::model::sensitivity::{decision_map, tornado, Basis};
    use mining_vs_ai::model::{compute, sweep_full_range, Input, Scenario, SweepAxis};

    fn model(c: &mut Criterion) {
        let scenario = Scenario::default();
        c.bench_function("compute (one scenario)", |b| {
            b.iter(|| compute(black_box(&scenario)))
        });
        c.bench_function("sweep (200 BTC prices)", |b| {
            b.iter(|| sweep_full_range(black_box(&scenario), SweepAxis::BtcPrice, 200))
        });
        c.bench_function("decision (15 years, with its break-even)", |b| {
            b.iter(|| decide(black_box(&scenario)))
        });
        c.bench_function("tornado over the years (every input, with its flip)", |b| {
            b.iter(|| tornado(black_box(&scenario), Basis::Years))
        });
        for (columns, rows) in [(24, 12), (48, 24)] {
            c.bench_function(
                &format!(
                    "decision map over the years ({columns} x {rows}, with each row's break-even)"
                ),
                |b| {
                    b.iter(|| {
                        decision_map(
                            black_box(&scenario),
                            Basis::Years,
                            Input::LeaseRate,
                            (columns, rows),
                        )
                    })
                },
            );
        }
    }

    criterion_group!(benches, model);
}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(native::benches);

// Criterion does not run in a browser; the bench is native only.
#[cfg(target_arch = "wasm32")]
fn main() {}
