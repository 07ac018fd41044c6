//! The layout settles, is deterministic, keeps linked nodes closer than unlinked ones, and keeps
//! collision boxes (labels) apart.

use pmap_layout::{Config, Simulation};

fn ring_with_spokes() -> (usize, Vec<(usize, usize)>) {
    let mut links: Vec<(usize, usize)> = (0..12).map(|i| (i, (i + 1) % 12)).collect();
    links.extend((12..20).map(|i| (0, i)));
    (20, links)
}

fn settled(n: usize, links: &[(usize, usize)]) -> Simulation {
    let mut sim = Simulation::new(n, links, Config::default());
    for i in 0..n {
        sim.set_box(i, 40.0, 12.0);
    }
    sim.run(1000);
    sim
}

fn dist(a: [f64; 2], b: [f64; 2]) -> f64 {
    ((a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2)).sqrt()
}

#[test]
fn same_input_gives_identical_positions() {
    let (n, links) = ring_with_spokes();
    let a = settled(n, &links);
    let b = settled(n, &links);
    let bits = |s: &Simulation| {
        s.positions()
            .iter()
            .flat_map(|p| [p[0].to_bits(), p[1].to_bits()])
            .collect::<Vec<_>>()
    };
    assert_eq!(bits(&a), bits(&b));
}

#[test]
fn settles_within_the_default_schedule() {
    let (n, links) = ring_with_spokes();
    let sim = settled(n, &links);
    assert!(sim.is_settled(), "alpha {}", sim.alpha());
    assert!(sim
        .positions()
        .iter()
        .all(|p| p[0].is_finite() && p[1].is_finite()));
}

#[test]
fn linked_nodes_sit_closer_than_the_average_pair() {
    let (n, links) = ring_with_spokes();
    let sim = settled(n, &links);
    let p = sim.positions();
    let linked: f64 =
        links.iter().map(|&(a, b)| dist(p[a], p[b])).sum::<f64>() / links.len() as f64;
    let mut all = 0.0;
    let mut pairs = 0;
    for i in 0..n {
        for j in (i + 1)..n {
            all += dist(p[i], p[j]);
            pairs += 1;
        }
    }
    assert!(
        linked < all / pairs as f64 * 0.8,
        "linked {linked}, average {}",
        all / pairs as f64
    );
}

#[test]
fn label_boxes_do_not_overlap_once_settled() {
    let (n, links) = ring_with_spokes();
    let sim = settled(n, &links);
    let p = sim.positions();
    for i in 0..n {
        for j in (i + 1)..n {
            let apart =
                (p[i][0] - p[j][0]).abs() >= 80.0 - 1.0 || (p[i][1] - p[j][1]).abs() >= 24.0 - 1.0;
            assert!(apart, "boxes {i} and {j} overlap: {:?} {:?}", p[i], p[j]);
        }
    }
}

#[test]
fn pinned_nodes_stay_put() {
    let (n, links) = ring_with_spokes();
    let mut sim = Simulation::new(n, &links, Config::default());
    sim.pin(3, Some([500.0, -200.0]));
    sim.run(300);
    assert_eq!(sim.positions()[3], [500.0, -200.0]);
}

#[test]
fn degenerate_inputs_do_not_panic() {
    let mut empty = Simulation::new(0, &[], Config::default());
    empty.run(10);
    let mut bad_links = Simulation::new(2, &[(0, 0), (0, 9), (1, 0)], Config::default());
    bad_links.run(400);
    assert!(bad_links.positions().iter().all(|p| p[0].is_finite()));
}
