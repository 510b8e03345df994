//! Why a suggestion is made, in words: the answer it comes from, with its numbers.

use crate::domain::profile::Coverage;
use crate::domain::suggest::SuggestedBecause;
use crate::present::text::Texts;

/// "You plan 8 chaos drill scenarios on the O&M platform."
pub fn because(texts: &Texts, because: &SuggestedBecause) -> String {
    let s = &texts.catalog.suggested_because;
    match because {
        SuggestedBecause::Coverage { coverage, platform } => {
            let coverage = match coverage {
                Coverage::AroundTheClock => s.coverage[0],
                Coverage::BusinessHours => s.coverage[1],
            };
            s.needs_coverage.pick(*platform).fill(coverage)
        }
        SuggestedBecause::FirstConnection { instances, platform } => {
            s.first_connection.pick(*platform).fill(s.instances.count(*instances))
        }
        SuggestedBecause::TechnicalSupport { instances } => {
            s.technical_support.fill(s.apaas_instances.count(*instances))
        }
        SuggestedBecause::DrillScenarios { scenarios, platform } => {
            s.drills.pick(*platform).fill(s.scenarios.count(*scenarios))
        }
        SuggestedBecause::ReleaseApplications { applications, platform } => {
            s.releases.pick(*platform).fill(s.applications.count(*applications))
        }
        SuggestedBecause::KeyEvent { date, checks: false } => s.key_event.fill(date),
        SuggestedBecause::KeyEvent { date, checks: true } => s.key_event_checks.fill(date),
        SuggestedBecause::OnsiteSupport => s.onsite.to_string(),
        SuggestedBecause::MaturityDiagnosis { it_employees } => s.diagnosis.fill(s.it_employees.count(*it_employees)),
        SuggestedBecause::MaturityPlan { it_employees, edition } => {
            s.plan.fill(s.it_employees.count(*it_employees), edition)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::calendar::Date;
    use crate::domain::profile::Platform;
    use crate::present::text::Language;

    #[test]
    fn each_answer_reads_as_a_sentence_with_its_numbers_counted() {
        let texts = Language::En.texts();
        let drills = SuggestedBecause::DrillScenarios { scenarios: 8, platform: Platform::OmPlatform };
        assert_eq!(because(texts, &drills), "You plan 8 chaos drill scenarios on the O&M platform.");
        let one = SuggestedBecause::TechnicalSupport { instances: 1 };
        assert_eq!(because(texts, &one), "Technical support for 1 aPaaS instance.");
        let release = SuggestedBecause::ReleaseApplications { applications: 250, platform: Platform::Apaas };
        assert_eq!(because(texts, &release), "Release management for 250 applications on aPaaS.");
        let date = Date::parse("2026-03-02").expect("a date");
        assert!(because(texts, &SuggestedBecause::KeyEvent { date, checks: true })
            .starts_with("A key event on 2026-03-02 with security"));
        let plan = SuggestedBecause::MaturityPlan { it_employees: 70, edition: "Large".into() };
        assert_eq!(because(texts, &plan), "You want an O&M plan; with 70 IT employees the Large edition fits.");
    }
}
