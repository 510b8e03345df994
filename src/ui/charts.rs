//! Charts drawn with plotters' SVG backend: cost by offering, and a month-by-month
//! timeline separating one-off and recurring cost. Dark outlines, direct value labels and
//! a text legend keep them readable in print and without colour. Geometry uses integer
//! arithmetic; amounts are printed exactly.

use crate::present::text::Texts;
use std::sync::Arc;

use gloo_timers::callback::Timeout;
use leptos::prelude::*;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::domain::boq::Boq;
use crate::domain::money::Minor;
use crate::state::use_store;
use crate::ui::lazy_part::{use_chunk, Chunk};

const INK: RGBColor = RGBColor(27, 31, 36);
const ONE_OFF: RGBColor = RGBColor(31, 78, 140);
const RECURRING: RGBColor = RGBColor(156, 195, 230);
const WIDTH: u32 = 640;

/// Scales `value` of `max` onto `pixels` (integer arithmetic).
fn scale(value: Minor, max: Minor, pixels: i32) -> i32 {
    if max.0 <= 0 {
        return 0;
    }
    (i128::from(value.0.max(0)) * i128::from(pixels) / i128::from(max.0)) as i32
}

/// Adds accessibility attributes to the generated `<svg>` element.
fn labelled(svg: String, label: &str) -> String {
    let label = label.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;");
    svg.replacen("<svg ", &format!("<svg role=\"img\" aria-label=\"{label}\" "), 1)
}

/// Cost by offering as horizontal bars with their amounts.
pub fn offering_chart_svg(texts: &Texts, boq: &Boq) -> Option<String> {
    let totals = boq.totals.as_ref()?;
    let bars: Vec<(String, Minor)> = boq.subtotals.iter().map(|s| (s.offering.clone(), s.total)).collect();
    if bars.is_empty() {
        return None;
    }
    let max = bars.iter().map(|(_, v)| *v).max().unwrap_or_default();
    let height = 30 + 46 * bars.len() as u32;
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (WIDTH, height)).into_drawing_area();
        root.fill(&WHITE).ok()?;
        let label_style = ("sans-serif", 14).into_font().color(&INK);
        let [plain, illustrative] = texts.quote.offering_chart;
        let title = if totals.illustrative { illustrative } else { plain };
        root.draw(&Text::new(title, (8, 6), ("sans-serif", 15).into_font().color(&INK))).ok()?;
        for (i, (name, value)) in bars.iter().enumerate() {
            let top = 30 + 46 * i as i32;
            root.draw(&Text::new(name.clone(), (8, top), label_style.clone())).ok()?;
            let length = scale(*value, max, WIDTH as i32 - 180).max(1);
            root.draw(&Rectangle::new([(8, top + 18), (8 + length, top + 36)], ONE_OFF.filled())).ok()?;
            root.draw(&Rectangle::new([(8, top + 18), (8 + length, top + 36)], INK.stroke_width(1))).ok()?;
            root.draw(&Text::new(texts.amount(&totals.currency, *value), (14 + length, top + 20), label_style.clone()))
                .ok()?;
        }
        root.present().ok()?;
    }
    let summary: Vec<String> =
        bars.iter().map(|(n, v)| texts.quote.offering_amount.fill(n, texts.amount(&totals.currency, *v))).collect();
    let note = if totals.illustrative { texts.quote.illustrative_note } else { "" };
    Some(labelled(svg, &texts.quote.offering_chart_label.fill(note, summary.join("; "))))
}

/// One-off and recurring cost per month, stacked, with a legend.
pub fn timeline_svg(texts: &Texts, boq: &Boq) -> Option<String> {
    let totals = boq.totals.as_ref()?;
    let months = boq.timeline();
    // A month whose sum cannot be held is not drawn (the BOQ reports the refusal).
    let max = months
        .iter()
        .map(|m| m.one_off.checked_add(m.recurring))
        .collect::<Option<Vec<Minor>>>()?
        .into_iter()
        .max()
        .unwrap_or_default();
    if max.0 <= 0 {
        return None;
    }
    let (height, plot_top, plot_bottom, left) = (260_i32, 48_i32, 220_i32, 8_i32);
    let plot_width = WIDTH as i32 - left - 8;
    let slot = (plot_width / months.len() as i32).max(2);
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (WIDTH, height as u32)).into_drawing_area();
        root.fill(&WHITE).ok()?;
        let font = ("sans-serif", 13).into_font().color(&INK);
        let [plain, illustrative] = texts.quote.timeline_chart;
        let title = if totals.illustrative { illustrative } else { plain };
        root.draw(&Text::new(title, (left, 4), ("sans-serif", 15).into_font().color(&INK))).ok()?;
        // Legend: filled dark square = one-off, light square with outline = recurring.
        root.draw(&Rectangle::new([(left, 26), (left + 14, 40)], ONE_OFF.filled())).ok()?;
        root.draw(&Text::new(texts.quote.legend[0], (left + 20, 26), font.clone())).ok()?;
        root.draw(&Rectangle::new([(left + 150, 26), (left + 164, 40)], RECURRING.filled())).ok()?;
        root.draw(&Rectangle::new([(left + 150, 26), (left + 164, 40)], INK.stroke_width(1))).ok()?;
        root.draw(&Text::new(texts.quote.legend[1], (left + 170, 26), font.clone())).ok()?;
        root.draw(&Text::new(
            texts.quote.max.fill(texts.amount(&totals.currency, max)),
            (WIDTH as i32 - 8, 26),
            font.clone().pos(Pos::new(HPos::Right, VPos::Top)),
        ))
        .ok()?;
        let span = plot_bottom - plot_top;
        for (i, month) in months.iter().enumerate() {
            let x0 = left + slot * i as i32 + 1;
            let x1 = x0 + slot - 2;
            let recurring_height = scale(month.recurring, max, span);
            let one_off_height = scale(month.one_off, max, span);
            let recurring_top = plot_bottom - recurring_height;
            if recurring_height > 0 {
                root.draw(&Rectangle::new([(x0, recurring_top), (x1, plot_bottom)], RECURRING.filled())).ok()?;
                root.draw(&Rectangle::new([(x0, recurring_top), (x1, plot_bottom)], INK.stroke_width(1))).ok()?;
            }
            if one_off_height > 0 {
                root.draw(&Rectangle::new(
                    [(x0, recurring_top - one_off_height), (x1, recurring_top)],
                    ONE_OFF.filled(),
                ))
                .ok()?;
            }
            let first_or_step = i == 0 || (month.month % 6 == 0) || i + 1 == months.len();
            if first_or_step {
                root.draw(&Text::new(
                    texts.quote.month_tick.fill(month.month),
                    ((x0 + x1) / 2, plot_bottom + 6),
                    font.clone().pos(Pos::new(HPos::Center, VPos::Top)),
                ))
                .ok()?;
            }
        }
        root.draw(&PathElement::new(vec![(left, plot_bottom), (WIDTH as i32 - 8, plot_bottom)], INK.stroke_width(1)))
            .ok()?;
        root.present().ok()?;
    }
    let first = months.first()?;
    Some(labelled(
        svg,
        &texts.quote.timeline_label.fill(
            texts.words.month.count_of(months.len()),
            texts.amount(&totals.currency, first.one_off),
            texts.amount(&totals.currency, first.recurring),
            texts.amount(&totals.currency, totals.monthly),
        ),
    ))
}

/// What the charts' chunk brings: both charts of a BOQ, or `None` when it has no prices.
type ChartDrawer = fn(&'static Texts, &Boq) -> Option<(String, String)>;

crate::split_point! {
    /// The chart drawing, in the chunk `charts`.
    chart_drawing in charts -> ChartDrawer { draw_charts }
}

/// Both charts of `boq`.
fn draw_charts(texts: &'static Texts, boq: &Boq) -> Option<(String, String)> {
    Some((offering_chart_svg(texts, boq)?, timeline_svg(texts, boq)?))
}

/// How long the BOQ must stay unchanged before the charts are redrawn: drawing (text is
/// measured by the browser) is the slowest part of an update, so a burst of edits draws
/// once, after the BOQ is on screen.
const REDRAW_AFTER_MS: u32 = 60;

/// Both charts, or a note when there are no prices.
#[component]
pub fn Charts() -> impl IntoView {
    let store = use_store();
    let texts = crate::state::use_texts();
    // The BOQ the charts show, once it has settled. Only the debounce below writes it.
    let settled = RwSignal::new(None::<Arc<Boq>>);
    let pending = StoredValue::new_local(None::<Timeout>);
    // A cancellable debounce: each BOQ change replaces the waiting redraw (dropping a
    // gloo `Timeout` cancels it). The timer is the only outside-world effect here; what is
    // drawn is derived below.
    Effect::new(move |_| {
        let boq = store.boq.get();
        pending.set_value(Some(Timeout::new(REDRAW_AFTER_MS, move || settled.set(Some(boq)))));
    });
    on_cleanup(move || {
        let _ = pending.try_update_value(|waiting| *waiting = None);
    });
    // The drawing code (plotters) is a chunk of its own, fetched once there are prices
    // to draw: a quote without prices never needs it.
    let priced = Memo::new(move |_| settled.with(|boq| boq.as_ref().is_some_and(|boq| boq.totals.is_some())));
    let Chunk { brought: drawer, unavailable } = use_chunk(priced, chart_drawing);
    let drawn = Memo::new(move |_| {
        let draw = drawer.get()?;
        settled.with(|boq| boq.as_ref().and_then(|boq| draw(texts, boq)))
    });
    view! {
        <section class="panel charts" aria-labelledby="charts-heading">
            <h2 id="charts-heading">{texts.quote.charts}</h2>
            {move || match drawn.get() {
                Some((a, b)) => view! {
                    <figure class="chart" inner_html=a></figure>
                    <figure class="chart" inner_html=b></figure>
                }.into_any(),
                None if unavailable.get() => view! {
                    <p class="notice problem" role="alert">{texts.app.part_unavailable}</p>
                }.into_any(),
                None if settled.with(|b| b.as_ref().is_some_and(|b| b.refused.is_some())) => view! {
                    <p class="muted">{texts.quote.charts_refused}</p>
                }.into_any(),
                // Prices, and the drawing code on its way: nothing to say yet.
                None if priced.get() && drawer.with(Option::is_none) => ().into_any(),
                None => view! { <p class="muted">{texts.quote.charts_unpriced}</p> }.into_any(),
            }}
        </section>
    }
}
