# Corridor pages, English.
app-name = Corridor
app-tagline = Legal jobs abroad, every condition in writing, no fees for workers.
nav-jobs = Jobs
nav-my-placements = My applications
nav-dashboard = Dashboard
nav-sign-in = Sign in
nav-sign-out = Sign out
nav-language = Language
signed-in-as = Signed in as { $name } ({ $role })

home-title = Work abroad, safely and fairly
home-intro = Corridor lists jobs offered under agreements between countries. Every job shows the wage, hours, housing, medical care and return journey — and who pays each recruitment cost. Workers never pay recruitment fees.
home-browse = See open jobs
home-check-agency = Check a recruiting agency
home-api = API documentation (OpenAPI)

sign-in-title = Sign in
sign-in-email = E-mail
sign-in-password = Password
sign-in-submit = Sign in
sign-in-failed = The e-mail or password is not right.

jobs-title = Open jobs
jobs-for-you = Open jobs in programmes you can join
jobs-count = { $count ->
    [one] { $count } job order
   *[other] { $count } job orders
}
jobs-recommended = Recommended for you
jobs-recommended-note = Ranked by how well your occupation, experience, skills and languages fit, and whether you worked in the programme before. Each reason is listed.
jobs-none = There are no open jobs for you right now.
jobs-positions = { $count ->
    [one] { $count } position
   *[other] { $count } positions
}
jobs-starts = Starts { $date }, for { $months } months
jobs-see = See every condition

job-title = Job order { NUMBER($id, useGrouping: "false") }
job-programme = Programme
job-corridor = From { $origin } to { $destination }
job-employer = Employer
job-location = Where
job-occupation = Occupation
job-start = Start
job-duration = Length of contract
job-months = { $months } months
job-wage = Wage
job-wage-minimum = The programme's minimum is { $minimum }.
job-hours = Hours
job-hours-text = { $guaranteed } hours a week guaranteed, at most { $max }
job-housing = Housing
job-housing-provided-free = Provided by the employer, free of charge.
job-housing-provided-cost = Provided by the employer; you pay { $cost } a month.
job-housing-not-provided = Not provided.
job-medical = Medical care
medical-none = None provided
medical-insurance = Health insurance paid by the employer
medical-care = Medical care provided by the employer
medical-care_and_insurance = Medical care and health insurance provided by the employer
job-return = Return journey
job-return-paid = Paid by the employer.
job-return-not-paid = Not paid by the employer.
job-rehire = Re-hire
job-rehire-yes = Workers who complete a placement are re-hired first.
job-rehire-no = No priority re-hire.
job-social-security = Pension and social security
job-pathway = Permanent residence
job-pathway-yes = This programme can lead to permanent residence.
job-pathway-no = This programme does not lead to permanent residence.
job-languages = Languages needed
job-language-level = { $language } at level { $level } or above
job-experience = Experience needed
job-experience-months = { $months } months
job-skills = Skills needed
job-skills-optional = Skills that help
job-contract-languages = Contract offered in
job-costs = Who pays the costs of recruitment
job-costs-note = Under the Employer Pays Principle, the worker pays none of these. If anyone asks you to pay, report it.
job-cost-category = Cost
job-cost-amount = Amount
job-cost-paid-by = Paid by
job-cost-undeclared = Employer (Employer Pays Principle)
job-apply = Apply for this job
job-applied = You have applied for this job.
job-sign-in-to-apply = Sign in as a worker to apply.
job-g2g = Government-to-government agreement

cost-recruitment_service = Recruitment service fee
cost-medical = Medical examination
cost-insurance = Insurance
cost-skills_tests = Skills and language tests
cost-training_orientation = Training and pre-departure orientation
cost-equipment = Equipment
cost-travel_lodging = Travel and lodging
cost-visa_administrative = Visa and administrative costs

party-worker = Worker
party-employer = Employer
party-agency = Recruiting agency
party-government = Government
party-third_party = Someone else

placements-title = My applications
placements-none = You have not applied for any job yet.
placement-title = Application { NUMBER($id, useGrouping: "false") }
placement-status = Status
placement-timeline = Timeline
placement-job = Job

status-applied = Applied
status-shortlisted = Shortlisted
status-selected = Selected
status-contract_signed = Contract signed
status-orientation_done = Pre-departure orientation done
status-visa_issued = Visa issued
status-departed = Departed
status-arrived = Arrived
status-employed = Working
status-completed = Contract completed
status-returned = Returned home
status-withdrawn = Withdrawn
status-rejected = Not selected
status-ended_early = Ended early

dashboard-title = Dashboard
dashboard-programmes = Programmes
dashboard-job-orders = Job orders
dashboard-violations = Fee violations reported
dashboard-researcher = Researchers see aggregated, protected statistics only; no personal records.

error-title = Something is not right
error-not-found = This page does not exist.
error-forbidden = You are not allowed to see this page.
error-back = Back to the start

footer-data = Occupations and skills: ESCO (© European Union, CC BY 4.0). Health-workforce safeguards: WHO (2023).

# Statistics (evidence base)
home-stats = Statistics: migrant workers abroad, flows, labour gaps, fees
dashboard-stats = Open the statistics: protected tables and charts, with CSV, JSON and SDMX downloads
stats-title = Statistics
stats-intro = Figures from Corridor's own records of placements, job orders, registered workers and the fee ledger. Every figure shows its source, definition, method and uncertainty beside it. No personal record is ever shown: a figure resting on fewer than { $min } people is withheld, together with enough others that it cannot be worked out from the totals.
stats-all-figures = All figures
stats-api = Every table is also available from the API (/api/v1/stats) as JSON, CSV and SDMX-CSV.
stats-source = Source
stats-reference = Reference
stats-reference-date = on { $date }
stats-reference-period = { $from } to { $to }
stats-definition = Definition
stats-method = Method
stats-unit = Unit
stats-uncertainty = Uncertainty
stats-disclosure = Disclosure control
stats-disclosure-text = Cells resting on fewer than { $min } people are withheld: { $primary } here, and { $secondary } more so that none can be worked out from the totals.
stats-not-additive = These cells do not add up to their totals: each total is computed directly.
stats-uncertainty-complete = A complete count of administrative records: no sampling error. Recording errors and late entries are not quantified.
stats-uncertainty-replicates = Standard errors from replicate weights; ± is the 90% margin of error; CV above 30% is flagged unreliable.
stats-uncertainty-none = No standard error can be computed for this source.
stats-download = Download
stats-withheld = withheld
stats-withheld-primary = withheld: fewer than { $min } people
stats-withheld-secondary = withheld to protect another cell
stats-not-defined = not defined (no cases)
stats-unreliable = unreliable (CV over 30%)
stats-total = Total
stats-unknown = Not known
stats-value = Value
stats-status = Status
stats-chart = Chart
stats-show = Show
stats-cross = Cross by
stats-date = Date
stats-from = From
stats-to = To
stats-period = Period
stats-period-hint = A year (2025), a quarter (2025-Q1) or a month (2025-03)
stats-date-hint = The last day of a month
stats-busy = The statistics service is busy computing other tables. Tables already computed are shown at once; please try again in a few seconds.
stats-too-many = You have asked for many new tables in a short time. Please wait a moment, then try again.
stats-calendar-periods = Published for calendar months, quarters and years only, each cut from one protected table of the whole year, so that no two published tables can be subtracted to reveal a small group.
stats-bad-request = This table cannot be made: { $reason }
stats-more = Details, other crossings and downloads
stats-unit-PS = persons
stats-unit-POS = positions
stats-unit-PT = share (per cent)
stats-unit-DAYS = days
stats-unit-NUM = payments
stats-unit-MINOR_UNITS = minor units of the currency (cents)

stats-dim-corridor = Corridor
stats-dim-origin = Country of origin
stats-dim-destination = Country of destination
stats-dim-programme = Programme
stats-dim-isco1 = Occupation (ISCO-08 major group)
stats-dim-isco2 = Occupation (ISCO-08 sub-major group)
stats-dim-sex = Sex
stats-dim-age = Age group
stats-dim-month = Month
stats-dim-quarter = Quarter
stats-dim-year = Year
stats-dim-end_reason = Reason for ending early
stats-dim-currency = Currency
stats-dim-fee_category = Fee category (ILO 2019)
stats-dim-payer = Who paid
stats-dim-un_duration = Duration of stay (UN 1998)
stats-dim-country_of_birth = Country of birth
stats-dim-geography = Area

stats-code-F = Women
stats-code-M = Men
stats-code-O = Other
stats-code-EMPLOYER_BREACH = Employer broke the contract
stats-code-WORKER_CHOICE = Worker's choice
stats-code-CHANGED_EMPLOYER = Changed employer
stats-code-HEALTH = Illness or injury
stats-code-WORK_ENDED = The work ran out
stats-code-OTHER = Other reason
stats-code-WORKER = Worker
stats-code-EMPLOYER = Employer
stats-code-AGENCY = Recruiting agency
stats-code-GOVERNMENT = Government
stats-code-THIRD_PARTY = Someone else
stats-code-RECRUITMENT_SERVICE = Recruitment service fee
stats-code-MEDICAL = Medical costs
stats-code-INSURANCE = Insurance
stats-code-SKILLS_TESTS = Skills tests
stats-code-TRAINING_ORIENTATION = Training and orientation
stats-code-EQUIPMENT = Equipment
stats-code-TRAVEL_LODGING = Travel and lodging
stats-code-VISA_ADMINISTRATIVE = Visas and administrative costs
stats-code-BRIBE = Bribe
stats-code-KICKBACK = Kickback
stats-code-BOND = Bond or deposit
stats-code-COLLATERAL = Collateral
stats-code-LONG_TERM = Long-term (12 months or more)
stats-code-SHORT_TERM = Short-term (3 to 12 months)
stats-code-UNDER_3M = Under 3 months

stats-fig-stock-abroad-title = Workers abroad
stats-fig-stock-abroad-definition = Workers placed abroad through Corridor programmes who have departed and have neither returned nor ended their employment early by the reference date. A stay of 12 months or more is long-term, 3 to 12 months short-term (UN 1998), judged from the planned contract.
stats-fig-stock-abroad-method = Count of placements with a departure on or before the date and no return or early ending by then; by period, at each period's last day.
stats-fig-departures-title = Departures
stats-fig-departures-definition = Workers leaving their country of origin for a job under a Corridor programme (a flow).
stats-fig-departures-method = Count of departure events dated in the period.
stats-fig-returns-title = Returns
stats-fig-returns-definition = Workers coming back to their country of origin after a placement (a flow).
stats-fig-returns-method = Count of return events dated in the period.
stats-fig-early-endings-title = Employment ended early
stats-fig-early-endings-definition = Placements whose employment ended before the contract's end, by the reason recorded.
stats-fig-early-endings-method = Count of early-ending events dated in the period.
stats-fig-demand-title = Demand: positions in open job orders
stats-fig-demand-definition = Positions in approved job orders posted on or before the date and not yet closed. Corridor does not record the day a job order closed: a closed one counts until its first day of work.
stats-fig-demand-method = Sum of positions of the job orders open on the date.
stats-fig-supply-title = Supply: available eligible workers
stats-fig-supply-definition = Registered workers available on the date who can join a programme (a citizenship or residence in its country of origin and an occupation it covers). Only workers who consented to be counted in statistics are counted.
stats-fig-supply-method = Distinct workers; a worker eligible for several programmes or occupations counts once in each and once in every total.
stats-fig-gap-title = Gap: demand minus supply
stats-fig-gap-definition = Positions in open job orders minus available eligible workers; positive means more positions than eligible workers.
stats-fig-gap-method = Demand minus supply, cell by cell, on the date.
stats-fig-fill-rate-title = Fill rate of job orders
stats-fig-fill-rate-definition = Departed workers per position, for job orders posted in the period.
stats-fig-fill-rate-method = Departed placements over positions, job orders posted in the period, as recorded when the table is made.
stats-fig-days-to-departure-median-title = Days from job order to departure (median)
stats-fig-days-to-departure-median-definition = Days between the posting of a job order and a worker's departure for it, for departures in the period.
stats-fig-days-to-departure-median-method = Median by linear interpolation (type 7).
stats-fig-days-to-departure-p90-title = Days from job order to departure (90th percentile)
stats-fig-days-to-departure-p90-definition = Days between the posting of a job order and a worker's departure for it, for departures in the period.
stats-fig-days-to-departure-p90-method = 90th percentile by linear interpolation (type 7): nine departures in ten took at most this long.
stats-fig-fee-violations-title = Fee violations
stats-fig-fee-violations-definition = Payments on the fee ledger that broke fair-recruitment rules: a worker paying a recruitment fee or related cost, or any bribe, kickback, bond or collateral (ILO 2019 definition).
stats-fig-fee-violations-method = Count of violating payments dated in the period.
stats-fig-fee-violation-amount-paid-by-workers-title = Fees workers were made to pay
stats-fig-fee-violation-amount-paid-by-workers-definition = Violating payments made by workers (ILO 2019 definition), per currency.
stats-fig-fee-violation-amount-paid-by-workers-method = Sum in minor units (cents) of violating payments by workers dated in the period; currencies are never converted or added.
stats-fig-return-rate-title = Return rate
stats-fig-return-rate-definition = Of placements whose employment ended in the period (completed or ended early), the share with a recorded return home.
stats-fig-return-rate-method = Ended placements with a return event over all ended placements.
stats-fig-rehire-rate-title = Re-hire rate
stats-fig-rehire-rate-definition = Of departures in the period, the share by workers who had completed an earlier placement: the proven work record at work.
stats-fig-rehire-rate-method = Departures by workers with an earlier completed placement over all departures in the period.

# Why a job order is recommended: one line per part of the score.
why-same-occupation = same occupation: { $occupation }
why-same-unit-group = same unit group { $group }
why-same-minor-group = same minor group { $group }
why-same-sub-major-group = same sub-major group { $group }
why-same-major-group = same major group { $group }
why-unrelated = no related occupation
why-required-skills = { $held } of { $of } required skills
why-optional-skills = { $held } of { $of } optional skills
why-language = { $language } { $has }, needs { $needs }
why-experience = { $years ->
    [0] { $months ->
        [one] 1 month
       *[other] { $months } months
    }
    [one] { $months ->
        [0] 1 year
        [one] 1 year 1 month
       *[other] 1 year { $months } months
    }
   *[other] { $months ->
        [0] { $years } years
        [one] { $years } years 1 month
       *[other] { $years } years { $months } months
    }
} of experience in the occupation group
why-available-whole = available for the whole contract
why-available-part = available for { $covered } of { $days } days of the contract
why-returning = returning worker: priority
why-returning-same-employer = returning worker: priority, same employer
why-named = named by the employer
why-preference = prefers this programme or destination ({ $destination })
