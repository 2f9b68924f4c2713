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
jobs-none = There are no open jobs for you right now.
jobs-positions = { $count ->
    [one] { $count } position
   *[other] { $count } positions
}
jobs-starts = Starts { $date }, for { $months } months
jobs-see = See every condition

job-title = Job order { $id }
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
placement-title = Application { $id }
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
dashboard-api = Use the API with a token from POST /api/v1/tokens.

error-title = Something is not right
error-not-found = This page does not exist.
error-forbidden = You are not allowed to see this page.
error-back = Back to the start

footer-data = Occupations and skills: ESCO (© European Union, CC BY 4.0). Health-workforce safeguards: WHO (2023).
