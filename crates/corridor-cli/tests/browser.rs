//! Whole journeys in a real browser (headless Chromium at 390 px), each on
//! its own server and copy of the demo database. Every page visited must
//! pass axe-core's WCAG 2.2 A/AA rules, fit a phone (no sideways scrolling
//! at 390 or 360 px, targets of at least 24×24 px) and weigh under 100 KB;
//! the worker's journey is walked with JavaScript on and off.
//!
//! The harness is in `tests/browser/`. These tests need Chromium and the
//! npm package axe-core (`apt-get install chromium`, `npm ci --prefix
//! crates/corridor-cli/tests/browser`); without them they are skipped,
//! unless `CI` or `CORRIDOR_REQUIRE_BROWSER=1` is set.

#[path = "browser/mod.rs"]
mod harness;

use harness::{DEMO_PASSWORD, Journey, Js};

const WORKER: &str = "worker@demo.corridor";
const EMPLOYER: &str = "employer@demo.corridor";
const DESTINATION: &str = "destination.can@demo.corridor";
const RECRUITER: &str = "recruiter@demo.corridor";
const ADMIN: &str = "admin@demo.corridor";
const ORIGIN_OFFICIAL: &str = "origin.mex@demo.corridor";

/// A worker opens one of their placements: their rights in that job
/// (terms, who pays what, helplines of both countries, how to complain),
/// then the programme's public orientation.
fn worker_reads_rights_and_orientation(js: Js) {
    let Some(mut j) = Journey::start("worker-rights", js) else {
        return;
    };
    j.sign_in(WORKER, DEMO_PASSWORD);
    j.menu("My applications");
    assert_eq!(j.current_path(), "/me/placements");
    let mine: Vec<String> = j.links("main").into_iter().map(|l| l.href).collect();
    let first = mine.first().expect("the demo worker has applications");
    j.click_link_to(first);
    let page = j.main_text();
    for shown in [
        "Rights in this job",
        "Who pays what",
        "Helplines of both countries",
        "Example only, not a real number",
        "How to complain",
    ] {
        assert!(page.contains(shown), "the placement shows {shown}:\n{page}");
    }
    let orientation = j
        .links("#orientation")
        .into_iter()
        .find(|l| l.href.ends_with("/orientation"))
        .expect("the placement links to the programme's orientation");
    j.click_link_to(&orientation.href);
    assert_eq!(j.current_path(), orientation.href);
    let page = j.main_text();
    assert!(
        page.contains("Pre-departure orientation") && page.contains("Modules"),
        "{page}"
    );
}

#[test]
fn worker_reads_rights_and_orientation_without_javascript() {
    worker_reads_rights_and_orientation(Js::Off);
}

/// A visitor who has not signed in: the home page, the open jobs, one
/// job's conditions, the statistics, one figure with a crossing chosen, and
/// the Spanish home page.
fn visitor_reads_jobs_and_statistics(js: Js) {
    let Some(mut j) = Journey::start("visitor", js) else {
        return;
    };
    j.goto("/");
    assert_eq!(j.title(), "Corridor");
    j.click_link("See open jobs");
    assert_eq!(j.current_path(), "/jobs");
    assert!(j.main_text().contains("Open jobs"));

    j.click_link("See every condition");
    assert!(j.current_path().starts_with("/jobs/"));
    let conditions = j.main_text();
    for shown in ["Wage", "Housing", "Who pays the costs of recruitment"] {
        assert!(
            conditions.contains(shown),
            "a job's page shows {shown}:\n{conditions}"
        );
    }
    assert!(conditions.contains("Sign in as a worker to apply"));

    j.click_link("Corridor");
    j.click_link("Statistics");
    assert_eq!(j.current_path(), "/stats");
    let figure = j
        .links("ul.figures")
        .into_iter()
        .next()
        .expect("the statistics page lists its figures");
    j.click_link_to(&figure.href);
    assert_eq!(j.current_path(), figure.href);
    assert!(j.main_text().contains(&figure.text));

    // The figure's form: cross by sex, show.
    j.check("Sex");
    j.click_button("Show");
    assert_eq!(j.current_path(), figure.href);
    assert!(
        j.current_path_and_query().contains("cross=sex"),
        "{}",
        j.current_path_and_query()
    );

    j.open_details("Language");
    j.click_link("Español");
    assert!(j.current_path_and_query().ends_with("?lang=es"));
    j.click_link("Corridor");
    assert!(j.main_text().contains("Trabajar en el extranjero"));
}

#[test]
fn visitor_reads_jobs_and_statistics_with_javascript() {
    visitor_reads_jobs_and_statistics(Js::On);
}

#[test]
fn visitor_reads_jobs_and_statistics_without_javascript() {
    visitor_reads_jobs_and_statistics(Js::Off);
}

/// The demo worker signs in, finds a job they have not applied to, applies,
/// and follows the application's timeline — as a script-free browser would
/// too.
fn worker_applies_and_follows_the_timeline(js: Js) {
    let Some(mut j) = Journey::start("worker", js) else {
        return;
    };
    j.sign_in(WORKER, DEMO_PASSWORD);
    assert_eq!(j.current_path(), "/jobs", "a worker lands on their jobs");
    assert!(
        j.main_text()
            .contains("Open jobs in programmes you can join")
    );

    // The jobs open to them, in page order, each once.
    let mut jobs: Vec<String> = vec![];
    for link in j.links("main") {
        let is_job = link
            .href
            .strip_prefix("/jobs/")
            .is_some_and(|id| id.parse::<u64>().is_ok());
        if is_job && !jobs.contains(&link.href) {
            jobs.push(link.href);
        }
    }
    assert!(!jobs.is_empty(), "the demo worker sees open jobs");

    // The first job they have not applied to (the demo worker has
    // applied to some).
    let mut applied = None;
    j.click_link_to(&jobs[0]);
    for (i, job) in jobs.iter().enumerate().take(10) {
        if i > 0 {
            j.goto(job);
        }
        if j.has_button("Apply for this job") {
            let job_title = j
                .title()
                .split(" · ")
                .next()
                .unwrap_or_default()
                .to_string();
            j.click_button("Apply for this job");
            // The application's own page: its timeline starts at "Applied".
            assert!(j.current_path().starts_with("/placements/"));
            let page = j.main_text();
            assert!(page.contains(&job_title), "{page}");
            assert!(
                page.contains("Timeline") && page.contains("Applied"),
                "{page}"
            );
            applied = Some(j.current_path());
            break;
        }
    }

    j.menu("My applications");
    assert_eq!(j.current_path(), "/me/placements");
    let mine: Vec<String> = j.links("main").into_iter().map(|l| l.href).collect();
    assert!(!mine.is_empty(), "the demo worker has applications");
    let open = match applied {
        Some(placement) => {
            assert!(mine.contains(&placement), "{placement} is listed: {mine:?}");
            placement
        }
        None => mine[0].clone(),
    };
    j.click_link_to(&open);
    assert_eq!(j.current_path(), open);
    assert!(j.main_text().contains("Timeline"));

    j.open_details("Menu");
    j.click_button("Sign out");
    assert_eq!(j.current_path(), "/");
    assert!(j.text().contains("Sign in"));
}

#[test]
fn worker_applies_and_follows_the_timeline_with_javascript() {
    worker_applies_and_follows_the_timeline(Js::On);
}

#[test]
fn worker_applies_and_follows_the_timeline_without_javascript() {
    worker_applies_and_follows_the_timeline(Js::Off);
}

/// A new worker signs up on a phone, builds a profile in steps (an
/// occupation found by typing, languages), withdraws and gives again the
/// consent to share their profile, applies to an open job in their
/// country's programme, and sees the timeline — with and without
/// JavaScript.
fn new_worker_signs_up_builds_a_profile_and_applies(js: Js) {
    let Some(mut j) = Journey::start("new worker", js) else {
        return;
    };
    j.goto("/");
    j.click_link("Sign up");
    assert_eq!(j.current_path(), "/sign-up");
    // A first try with mistakes: every error listed, at its field.
    j.fill("Given names", "Lucía");
    j.fill("Family names", "Hernández");
    j.fill("E-mail", "not an e-mail");
    j.fill("Choose a password", "short");
    j.expect_status(422);
    j.click_button("Create my account");
    assert_eq!(j.current_path(), "/sign-up");
    assert!(j.title().starts_with("Error:"), "{}", j.title());
    let errors = j.main_text();
    for shown in [
        "There is a problem",
        "Enter a real date",
        "A password has at least 10 characters",
    ] {
        assert!(errors.contains(shown), "{shown}: {errors}");
    }
    j.fill("E-mail", "lucia.hernandez@example.mx");
    j.fill("Choose a password", "a long password here");
    j.fill("Phone number", "+52 222 123 4567");
    j.fill("Date of birth", "1996-07-14");
    j.select("Sex", "Female");
    j.select("Citizenship", "Mexico");
    j.select("Country of birth", "Mexico");
    j.select("Country where you live", "Mexico");
    j.check("Match me to jobs");
    j.check("Share my profile with employers");
    j.click_button("Create my account");
    // The same answer whether or not the e-mail was new; the password
    // once more signs in and goes on with the profile.
    assert!(
        j.main_text()
            .contains("If this e-mail is new, your account is ready")
    );
    j.fill("Password", "a long password here");
    j.click_button("Sign in");
    assert_eq!(j.current_path(), "/me/profile/work");

    // Step 2: an occupation found by typing, with years of experience.
    j.fill("Find your occupation", "fruit picker");
    j.click_button("Search");
    assert!(j.main_text().contains("fruit and vegetable picker"));
    j.click_button("Add : fruit and vegetable picker");
    j.fill("Years of experience", "3");
    j.click_button("Save and continue");
    assert_eq!(j.current_path(), "/me/profile/skills");
    j.click_button("Save and continue");
    // Step 4: languages, a second row added without script.
    j.select("Language", "Spanish");
    j.select("Level", "First language");
    j.click_button("Add another language");
    assert_eq!(j.current_path(), "/me/profile/languages");
    j.click_button("Save and continue");
    assert_eq!(j.current_path(), "/me/profile/education");
    j.click_button("Save and continue");
    j.click_button("Save");
    assert_eq!(j.current_path(), "/me/consents");

    // The consent to share, withdrawn and given again, in the history.
    j.click_button("Withdraw consent : Share my profile with employers");
    assert!(j.main_text().contains("Withdrawn"));
    j.click_button("Give consent : Share my profile with employers");
    assert!(j.main_text().contains("History of your choices"));

    // An open job in a programme they can join; applying; the timeline.
    j.click_link("Jobs");
    j.click_link("See every condition");
    j.click_button("Apply for this job");
    assert!(j.current_path().starts_with("/placements/"));
    let page = j.main_text();
    assert!(
        page.contains("Timeline") && page.contains("Applied"),
        "{page}"
    );
}

#[test]
fn new_worker_signs_up_and_applies_with_javascript() {
    new_worker_signs_up_builds_a_profile_and_applies(Js::On);
}

#[test]
fn new_worker_signs_up_and_applies_without_javascript() {
    new_worker_signs_up_builds_a_profile_and_applies(Js::Off);
}

/// The English interface texts a page in `lang` must not show: every
/// English message without arguments, of two words or more, that the
/// language translates differently.
fn english_interface(lang: &str) -> Vec<String> {
    use corridor_server::i18n::I18n;
    let i18n = I18n::new();
    I18n::keys("en")
        .into_iter()
        .filter_map(|key| {
            let en = i18n.message("en", &key, &[]);
            let local = i18n.message(lang, &key, &[]);
            (!en.contains('{') && en.split_whitespace().count() >= 2 && en != local).then_some(en)
        })
        .collect()
}

/// Fails if the page shows any English interface text.
#[track_caller]
fn assert_no_english(j: &mut harness::Page, english: &[String]) {
    let text = j.text();
    let found: Vec<&String> = english
        .iter()
        .filter(|e| text.contains(e.as_str()))
        .collect();
    assert!(
        found.is_empty(),
        "{} shows English interface text {found:?}:\n{text}",
        j.current_path()
    );
}

/// A worker signs up and applies entirely in `lang`, from the sign-up form
/// to the application's timeline, every label read from the language's
/// messages; no page on the way shows English interface text (names from
/// ESCO and ISO, which ship in English, aside).
fn worker_signs_up_and_applies_in(lang: &str, citizenship: &str, occupation_query: &str) {
    use corridor_server::i18n::I18n;
    let Some(mut j) = Journey::start(lang, Js::Off) else {
        return;
    };
    let i18n = I18n::new();
    let t = |key: &str| i18n.message(lang, key, &[]);
    let english = english_interface(lang);
    j.goto(&format!("/sign-up?lang={lang}"));
    assert_no_english(&mut j, &english);
    j.fill(&t("profile-given-name"), "Sita");
    j.fill(&t("profile-family-name"), "Gurung");
    j.fill(&t("sign-in-email"), &format!("sita.{lang}@example.org"));
    j.fill(&t("sign-up-password"), "a long password here");
    j.fill(&t("profile-date-of-birth"), "1994-02-11");
    j.select(&t("profile-sex"), &t("sex-female"));
    j.select(&t("profile-citizenship"), citizenship);
    j.select(&t("profile-country-of-birth"), citizenship);
    j.select(&t("profile-country-of-residence"), citizenship);
    j.check(&t("consent-matching-title"));
    j.check(&t("consent-sharing-with-employers-title"));
    j.click_button(&t("sign-up-submit"));
    assert!(j.main_text().contains(&t("sign-up-received-new")));
    assert_no_english(&mut j, &english);
    j.fill(&t("sign-in-password"), "a long password here");
    j.click_button(&t("sign-in-submit"));
    assert_eq!(j.current_path(), "/me/profile/work");
    assert_no_english(&mut j, &english);
    j.fill(&t("profile-search-work"), occupation_query);
    j.click_button(&t("form-search"));
    assert_no_english(&mut j, &english);
    j.click_button(&t("form-add"));
    j.fill(&t("profile-years"), "5");
    j.click_button(&t("form-save-continue"));
    for _ in 0..3 {
        assert_no_english(&mut j, &english);
        j.click_button(&t("form-save-continue"));
    }
    assert_no_english(&mut j, &english);
    j.click_button(&t("form-save"));
    assert_eq!(j.current_path(), "/me/consents");
    assert_no_english(&mut j, &english);
    j.goto("/jobs");
    assert_no_english(&mut j, &english);
    j.click_link(&t("jobs-see"));
    assert_no_english(&mut j, &english);
    j.click_button(&t("job-apply"));
    assert!(j.current_path().starts_with("/placements/"));
    assert!(j.main_text().contains(&t("placement-timeline")));
    assert_no_english(&mut j, &english);
}

#[test]
fn a_nepali_worker_signs_up_and_applies_in_nepali() {
    worker_signs_up_and_applies_in("ne", "Nepal", "वेल्डर");
}

#[test]
fn a_worker_signs_up_and_applies_in_arabic() {
    worker_signs_up_and_applies_in("ar", "Mexico", "قاطف فواكه");
}

/// The demo employer posts a job order that breaks two rules (a wage below
/// the programme's minimum, a cost charged to the worker), sees both at
/// their fields with the values kept, fixes them and submits; Canada's
/// official approves it. Then the employer shortlists and selects a
/// candidate who applied to one of their open job orders. Without
/// JavaScript, as a phone with script off would.
#[test]
fn employer_posts_official_approves_employer_selects() {
    let Some(mut j) = Journey::start("employer", Js::Off) else {
        return;
    };
    j.sign_in(EMPLOYER, DEMO_PASSWORD);
    assert_eq!(j.current_path(), "/dashboard");
    j.click_link("Post a job order");
    j.fill("Occupation", "fruit picker");
    j.click_button("Search");
    j.click_button("Choose : fruit and vegetable picker");
    j.fill("Job title", "Greenhouse tomato picker");
    j.fill("Town or city", "Leamington");
    j.fill("Region, province or state", "Ontario");
    j.fill("Wage", "12.00");
    j.select("Currency", "CAD · Canadian dollar");
    j.select("What it is for", "Travel and lodging");
    j.fill("Amount", "900");
    j.select("Paid by", "Worker");
    j.select("Language 1", "Spanish");
    j.expect_status(422);
    j.click_button("Submit the job order");
    assert!(j.title().starts_with("Error:"), "{}", j.title());
    let errors = j.main_text();
    for shown in [
        "The wage is below the programme's minimum",
        "Recruitment fees and related costs are paid by the employer",
    ] {
        assert!(errors.contains(shown), "{shown}:\n{errors}");
    }
    j.fill("Wage", "18.50");
    j.select("Paid by", "Employer");
    j.click_button("Submit the job order");
    assert!(j.current_path().starts_with("/job-orders/"));
    let posted = j.current_path();
    assert!(j.main_text().contains("Waiting for approval"));

    // Canada's official approves it, having seen every rule checked.
    let mut official = j.new_page(Js::Off);
    official.sign_in(DESTINATION, DEMO_PASSWORD);
    official.click_link("Job orders to approve");
    official.click_link("Greenhouse tomato picker");
    assert_eq!(official.current_path(), posted);
    assert!(official.main_text().contains("meets every rule"));
    official.click_button("Approve and open");
    assert!(official.main_text().contains("approved and open"));

    // The employer selects a candidate who applied to an open job order.
    j.goto("/placements?status=applied");
    let applied = j.links("main ul");
    assert!(!applied.is_empty(), "the demo employer has applications");
    j.click_link_to(&applied[0].href);
    j.click_button("Record: Shortlisted");
    assert!(j.main_text().contains("Recorded: Shortlisted"));
    j.click_button("Record: Selected");
    assert!(
        j.main_text().contains("Recorded: Selected"),
        "{}",
        j.main_text()
    );
}

/// The demo agency records a payment the employer made for a placement it
/// handles.
#[test]
fn recruiter_records_a_payment() {
    let Some(mut j) = Journey::start("recruiter", Js::On) else {
        return;
    };
    j.sign_in(RECRUITER, DEMO_PASSWORD);
    j.goto("/placements");
    let handled = j.links("main ul");
    assert!(!handled.is_empty(), "the demo agency handles placements");
    j.click_link_to(&handled[0].href);
    j.select("Paid by", "Employer");
    j.select("Paid to", "Recruiting agency");
    j.select("What it was for", "Recruitment service fee");
    j.fill("Amount", "250");
    j.click_button("Record a payment");
    assert!(j.current_path_and_query().contains("reported=1"));
    let page = j.main_text();
    assert!(page.contains("250.00"), "{page}");
}

/// The demo employer signs in, reaches the dashboard and opens one of
/// their job orders.
#[test]
fn employer_reaches_the_dashboard() {
    let Some(mut j) = Journey::start("employer", Js::On) else {
        return;
    };
    j.sign_in(EMPLOYER, DEMO_PASSWORD);
    assert_eq!(j.current_path(), "/dashboard");
    assert!(j.main_text().contains("Dashboard"));
    j.click_link("Open job orders");
    let orders = j.links("main article");
    assert!(!orders.is_empty(), "the demo employer has job orders");
    j.click_link_to(&orders[0].href);
    assert!(j.main_text().contains(&orders[0].text));
}

/// The demo administrator creates an account on a phone (a first try left
/// empty lists every missing field), finds it by role and disables it;
/// then looks over the agencies (a licence's actions and the revocation's
/// confirmation page) and the employers, so those pages are checked too.
#[test]
fn administrator_creates_and_disables_an_account() {
    let Some(mut j) = Journey::start("administrator", Js::On) else {
        return;
    };
    j.sign_in(ADMIN, DEMO_PASSWORD);
    assert_eq!(j.current_path(), "/dashboard");
    j.goto("/admin/users");
    assert!(j.main_text().contains("Accounts"));
    j.click_link("Create an account");
    assert_eq!(j.current_path(), "/admin/users/new");

    // Nothing filled in: every missing field, at once.
    j.expect_status(422);
    j.click_button("Create the account");
    assert!(j.title().starts_with("Error:"), "{}", j.title());
    let errors = j.main_text();
    for shown in [
        "There is a problem",
        "Enter an e-mail address",
        "Enter the name shown in pages",
        "Enter a temporary password",
        "Choose the account",
    ] {
        assert!(errors.contains(shown), "{shown}: {errors}");
    }
    j.fill("E-mail", "labour.attache@example.mx");
    j.fill("Name shown in pages", "Labour attaché, Ottawa");
    j.fill("Temporary password", "a temporary password");
    j.select("Role", "Official of a country of origin");
    j.select("Country", "Mexico");
    j.click_button("Create the account");
    assert!(
        j.current_path().starts_with("/admin/users/"),
        "{}",
        j.current_path()
    );
    let created = j.main_text();
    assert!(created.contains("The account is created"), "{created}");
    assert!(created.contains("Mexico"), "{created}");

    j.click_button("Disable this account");
    let disabled = j.main_text();
    assert!(disabled.contains("The account is disabled"), "{disabled}");
    assert!(j.has_button("Enable this account"));

    // Found by its role, marked disabled.
    j.click_link("Back to the accounts");
    j.select("Role", "Official of a country of origin");
    j.click_button("Show");
    assert!(
        j.current_path_and_query().contains("role=origin_official"),
        "{}",
        j.current_path_and_query()
    );
    let list = j.main_text();
    assert!(list.contains("labour.attache@example.mx"), "{list}");
    assert!(list.contains("Disabled"), "{list}");

    // The agencies and employers an administrator manages.
    j.goto("/agencies");
    let agency = j
        .links("ul.records")
        .into_iter()
        .next()
        .expect("the demo has agencies");
    j.click_link_to(&agency.href);
    assert!(j.main_text().contains("Licence history"));
    if j.links("main").iter().any(|l| l.href.ends_with("/revoke")) {
        j.click_link("Revoke the licence");
        assert!(j.main_text().contains("withdrawn for good"));
    }
    j.goto("/employers");
    let employer = j
        .links("ul.records")
        .into_iter()
        .next()
        .expect("the demo has employers");
    j.click_link_to(&employer.href);
    assert!(j.main_text().contains("History"));
}

/// Mexico's origin official, without JavaScript, opens their programme
/// (and on the way the other officials' pages: its terms' form, fee
/// violations, the audit log, registering a worker), runs an optimal match
/// round for it, reviews each pair's reasons and the summary by sex,
/// confirms the round only after the confirmation step, and sees the
/// workers put forward. (The dashboard does not link these pages yet, so
/// the journey goes to them by address.)
#[test]
fn origin_official_runs_reviews_and_confirms_a_round() {
    let Some(mut j) = Journey::start("origin official", Js::Off) else {
        return;
    };
    // Signing in in two steps: the password, then the code of the
    // authenticator app (a wrong one first).
    j.goto("/sign-in");
    j.fill("E-mail", ORIGIN_OFFICIAL);
    j.fill("Password", DEMO_PASSWORD);
    j.click_button("Sign in");
    assert_eq!(j.current_path(), "/sign-in/code");
    assert!(j.main_text().contains("Your password is right"));
    let right = harness::demo_code();
    let wrong = if right == "000000" {
        "111111"
    } else {
        "000000"
    };
    j.fill("Six-digit code", wrong);
    j.expect_status(401);
    j.click_button("Continue");
    assert_eq!(j.current_path(), "/sign-in/code");
    assert!(j.main_text().contains("The code is not right"));
    j.fill("Six-digit code", &right);
    j.click_button("Continue");
    assert_eq!(j.current_path(), "/dashboard");
    j.goto("/fee-violations");
    assert!(j.main_text().contains("Fee violations"));
    j.goto("/audit-log");
    j.fill("Kind of record", "programme");
    j.click_button("Show");
    assert!(j.current_path_and_query().contains("entity=programme"));
    j.goto("/workers/new");
    assert!(j.main_text().contains("Match me to jobs"));

    j.goto("/programmes");
    j.click_link("Seasonal Agricultural Worker Program (Mexico–Canada)");
    let programme = j.current_path();
    assert!(
        j.main_text()
            .contains("Minimum conditions of every job order")
    );
    j.click_link("Change the terms");
    assert_eq!(j.current_path(), format!("{programme}/edit"));
    j.click_button("Add a quota");
    assert!(
        j.main_text().contains("Quota 1"),
        "a row added without script"
    );
    j.goto(&programme);

    j.click_link("Run a match round");
    assert_eq!(j.current_path(), "/match-rounds/new");
    j.check("Optimal: the highest total score");
    j.click_button("Run the round");
    let round = j.current_path();
    assert!(round.starts_with("/match-rounds/"), "{round}");
    let review = j.main_text();
    for shown in [
        "Waiting for your decision",
        "positions filled",
        "proposed pair",
        "Score",
        "By sex",
        "By country of origin",
    ] {
        assert!(review.contains(shown), "{shown}:\n{review}");
    }

    // Confirming: the page that says what it does, the step, the box.
    j.click_link("Confirm the round");
    assert_eq!(j.current_path(), format!("{round}/confirm"));
    assert!(j.main_text().contains("cannot be undone"));
    j.check("Shortlisted");
    j.expect_status(422);
    j.click_button("Confirm the round");
    assert!(j.title().starts_with("Error:"), "{}", j.title());
    j.check("Shortlisted");
    j.check("I have reviewed the pairs and confirm the round");
    j.click_button("Confirm the round");
    assert_eq!(j.current_path(), round);
    let done = j.main_text();
    assert!(done.contains("The round is confirmed"), "{done}");
    assert!(done.contains("Confirmed"), "{done}");
}

/// The harness itself: with JavaScript off a page's scripts do not run,
/// yet the harness still fills, selects and ticks by label, reads the page,
/// and runs axe.
#[test]
fn javascript_off_means_no_page_script_runs() {
    let Some(tools) = harness::tools() else {
        return;
    };
    let browser = harness::Browser::launch(&tools.chromium).expect("Chromium starts");
    let html = "<!doctype html><html lang=en><head><title>before</title></head><body><main>\
                <h1>Test</h1><form><label for=n>Name</label><input id=n name=n value=x>\
                <label for=c>Country</label><select id=c name=c><option>Ghana</option>\
                <option>Nepal</option></select><label><input type=checkbox name=k> Keep</label>\
                </form><script>document.title = 'after'</script></main></body></html>";
    let url = format!("data:text/html,{}", html.replace('#', "%23"));
    for (js, title) in [(Js::On, "after"), (Js::Off, "before")] {
        let mut page = browser.new_page("http://127.0.0.1", js).expect("a page");
        page.goto_url(&url);
        assert_eq!(page.title(), title, "with JavaScript {js:?}");
        page.fill("Name", "Ana María");
        page.select("Country", "Nepal");
        page.check("Keep");
        let form: String = page
            .eval("return new URLSearchParams(new FormData(document.forms[0])).toString();")
            .expect("the form's values");
        assert_eq!(
            form, "n=Ana+Mar%C3%ADa&c=Nepal&k=on",
            "with JavaScript {js:?}"
        );
        page.assert_axe_clean();
        assert_eq!(page.title(), title, "axe ran no page script");
    }
}

/// Screenshots at phone size for the documentation: `scripts/screenshots`
/// (or this test with `--run-ignored only`) writes them to
/// `docs/screenshots/`.
#[test]
#[ignore = "writes docs/screenshots/*.png; run by scripts/screenshots"]
fn screenshots() {
    let Some(mut j) = Journey::start("screenshots", Js::On) else {
        return;
    };
    j.check_every_page(false);
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .nth(2)
        .expect("the workspace root");
    let dir = root.join("docs/screenshots");
    let shoot = |p: &mut harness::Page, name: &str| {
        let file = dir.join(format!("{name}.png"));
        p.screenshot(&file).expect("screenshot");
        println!("wrote {}", file.display());
    };
    j.goto("/");
    shoot(&mut j, "home");
    j.goto("/jobs");
    shoot(&mut j, "jobs");
    j.click_link("See every condition");
    shoot(&mut j, "job");
    j.goto("/stats");
    shoot(&mut j, "stats");
    j.goto("/sign-up");
    shoot(&mut j, "worker-sign-up");
    j.goto("/agencies");
    shoot(&mut j, "agencies");
    // Each role on its own page (its own cookies).
    let as_role = |email: &str, pages: &[(&str, &str)]| {
        let mut p = j.new_page(Js::On);
        p.check_every_page(false);
        p.sign_in(email, DEMO_PASSWORD);
        for (path, name) in pages {
            p.goto(path);
            shoot(&mut p, name);
        }
    };
    as_role(
        WORKER,
        &[
            ("/me", "worker-home"),
            ("/me/profile/languages", "worker-profile"),
            ("/me/consents", "worker-consents"),
            ("/jobs", "worker-jobs"),
        ],
    );
    as_role(
        EMPLOYER,
        &[
            ("/dashboard", "employer-dashboard"),
            ("/job-orders/new", "employer-post-job-order"),
            ("/placements?status=applied", "employer-applications"),
        ],
    );
    as_role(RECRUITER, &[("/agency", "recruiter-agency")]);
    as_role(
        ORIGIN_OFFICIAL,
        &[
            ("/dashboard", "origin-dashboard"),
            ("/match-rounds/new", "origin-run-round"),
            ("/fee-violations", "origin-fee-violations"),
        ],
    );
    as_role(
        DESTINATION,
        &[
            ("/dashboard", "destination-dashboard"),
            (
                "/job-orders?status=pending_approval",
                "destination-approvals",
            ),
        ],
    );
    as_role(ADMIN, &[("/admin/users", "admin-users")]);
    as_role(
        "researcher@demo.corridor",
        &[("/stats", "researcher-stats")],
    );
}
