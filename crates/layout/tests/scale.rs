//! At thousands of nodes (past the exact passes) the layout is still deterministic, settles in
//! d3's schedule, keeps linked nodes close and stays finite.

use pmap_layout::{Config, Simulation};

/// A preferential-attachment graph like the peers benchmark's: each newcomer links to one or two
/// earlier nodes, mostly well-connected ones (a fixed linear congruential sequence).
fn scale_free(n: usize) -> Vec<(usize, usize)> {
    let mut state: u64 = 42;
    let mut next = move || {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (state >> 33) as usize
    };
    let mut ends: Vec<usize> = vec![0, 1, 1, 2, 2, 0];
    let mut links = vec![(0, 1), (1, 2), (2, 0)];
    for i in 3..n {
        for _ in 0..1 + (next() % 2) {
            let to = ends[next() % ends.len()];
            if to != i {
                links.push((to, i));
                ends.extend([to, i]);
            }
        }
    }
    links
}

/// A simulation of the scale-free graph of `n` nodes with label-sized boxes, not yet run.
fn started(n: usize) -> Simulation {
    let mut sim = Simulation::new(n, &scale_free(n), Config::default());
    for i in 0..n {
        sim.set_box(i, 30.0, 16.0);
    }
    sim
}

fn settle(n: usize) -> Simulation {
    let mut sim = started(n);
    sim.run(400);
    sim
}

/// Every position's bits, in order.
fn bits(s: &Simulation) -> Vec<u64> {
    s.positions()
        .iter()
        .flat_map(|p| [p[0].to_bits(), p[1].to_bits()])
        .collect()
}

#[test]
fn two_thousand_nodes_settle_deterministically() {
    let (a, b) = (settle(2000), settle(2000));
    assert!(a.is_settled(), "alpha {}", a.alpha());
    assert_eq!(bits(&a), bits(&b));
    assert!(a
        .positions()
        .iter()
        .all(|p| p[0].is_finite() && p[1].is_finite()));
}

#[test]
fn at_scale_linked_nodes_sit_much_closer_than_random_pairs() {
    let n = 2000;
    let sim = settle(n);
    let p = sim.positions();
    let dist =
        |a: usize, b: usize| ((p[a][0] - p[b][0]).powi(2) + (p[a][1] - p[b][1]).powi(2)).sqrt();
    let links = scale_free(n);
    let linked = links.iter().map(|&(a, b)| dist(a, b)).sum::<f64>() / links.len() as f64;
    // Pairs far apart in index order stand for unrelated nodes.
    let pairs: Vec<(usize, usize)> = (0..n / 2).map(|i| (i, (i * 977 + 500) % n)).collect();
    let random = pairs.iter().map(|&(a, b)| dist(a, b)).sum::<f64>() / pairs.len() as f64;
    assert!(linked * 3.0 < random, "linked {linked}, random {random}");
}

#[test]
fn few_boxes_overlap_at_scale() {
    let n = 1500;
    let sim = settle(n);
    let p = sim.positions();
    let mut overlapping = 0;
    for i in 0..n {
        for j in (i + 1)..n {
            if (p[i][0] - p[j][0]).abs() < 60.0 - 1.0 && (p[i][1] - p[j][1]).abs() < 32.0 - 1.0 {
                overlapping += 1;
            }
        }
    }
    assert!(
        overlapping * 100 < n,
        "{overlapping} overlapping pairs among {n} nodes"
    );
}

#[test]
fn a_tick_done_in_parts_gives_the_positions_of_whole_ticks() {
    let (mut whole, mut parts) = (started(1500), started(1500));
    let mut calls = 0;
    for _ in 0..40 {
        whole.tick();
        // No time for more after each part: every call does one part of the tick.
        loop {
            calls += 1;
            if parts.advance(|| false) {
                break;
            }
            assert!(!parts.is_settled(), "half a tick is not settled");
        }
    }
    // A tick of 1,500 nodes stops a dozen times: the repulsion and the collisions in parts.
    assert!(calls >= 40 * 10, "{calls} parts for 40 ticks");
    assert_eq!(bits(&whole), bits(&parts));
    assert_eq!(whole.alpha().to_bits(), parts.alpha().to_bits());
}
