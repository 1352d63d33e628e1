//! Criterion benchmarks of the model: single runs of 10 and 200 partners over 120 months, and
//! a single-threaded ensemble of 1,000 such 10-partner runs. Run with `cargo bench`; the
//! latest medians are in docs/PERFORMANCE.md.

#[cfg(not(target_arch = "wasm32"))]
mod benches {
    use std::hint::black_box;

    use alliance_lab::ensemble::run_ensemble;
    use alliance_lab::model::Simulation;
    use alliance_lab::scenario::Scenario;
    use criterion::Criterion;

    /// The default alliance grown to `n` partners by repeating its five partner profiles
    /// under new names, so the mix of sizes, values and strengths stays the article's.
    pub fn alliance_of(n: usize) -> Scenario {
        let mut s = Scenario::default_preset();
        let base = s.partners.clone();
        s.partners = (0..n)
            .map(|i| {
                let mut p = base[i % base.len()].clone();
                p.name = format!("{} {}", p.name, i / base.len() + 1);
                p
            })
            .collect();
        s.horizon_months = 120;
        s.validate().expect("the benchmark scenario is valid");
        s
    }

    pub fn model(c: &mut Criterion) {
        let ten = alliance_of(10);
        let two_hundred = alliance_of(200);
        c.bench_function("run 10 partners x 120 months", |b| {
            b.iter(|| {
                let mut sim = Simulation::new(black_box(&ten));
                sim.run_to_end();
                black_box(sim.history().len())
            })
        });
        let mut group = c.benchmark_group("large");
        group.sample_size(20);
        group.bench_function("run 200 partners x 120 months", |b| {
            b.iter(|| {
                let mut sim = Simulation::new(black_box(&two_hundred));
                sim.run_to_end();
                black_box(sim.history().len())
            })
        });
        group.sample_size(10);
        group.bench_function("ensemble 1000 runs x 10 partners x 120 months, one thread", |b| {
            b.iter(|| black_box(run_ensemble(black_box(&ten), 0, 1000)))
        });
        group.finish();
    }
}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_group!(model_benches, benches::model);
#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(model_benches);

// Criterion measures native code only; on wasm32 this target exists because `--all-targets`
// builds every target for both platforms, and the browser timings come from the ensemble page.
#[cfg(target_arch = "wasm32")]
fn main() {}
