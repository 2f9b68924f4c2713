# Corridor pages for every role, English. Messages shared by forms come
# first, then each area. Rule messages (rule-*) explain a violated rule in
# the page's language; the API keeps the rule code.

## Forms
form-error-title = There is a problem
form-error-prefix = Error:
form-choose = Choose one
form-choose-country = Choose a country
form-choose-level = Choose a level
form-date-invalid = Enter a real date, for example 2026-03-27
form-years-invalid = Enter the years as a number from 0 to 60
form-year-invalid = Enter a year, for example 2019
form-number-invalid = Enter a number
form-amount-invalid = Enter an amount, for example 1250.00
form-search = Search
form-add = Add
form-remove = Remove
form-save = Save
form-save-continue = Save and continue
form-cancel = Cancel
form-expired = The form has expired or did not come from Corridor; reload the page and try again.
reference-names-english = Country and language names are shown in English.
reference-labels-english = Occupation and skill names come from ESCO and ISCO-08 and are shown in English.

nav-menu = Menu
nav-my-home = My page
nav-sign-up = Sign up

## Worker: signing up and home
worker-only = This page is for workers.
worker-home-title = My page
worker-home-hello = Hello, { $name }
worker-home-proposals = { $count ->
    [one] { $count } job is waiting for your answer
   *[other] { $count } jobs are waiting for your answer
}
worker-home-no-applications = You have no applications yet.
worker-back-home = Back to my page

sign-up-title = Create your account
sign-up-intro = It is free. You never pay a fee to find a job through Corridor.
sign-up-account = Your account
sign-up-password = Choose a password
sign-up-password-hint = At least 10 characters. A few words you can remember are best.
sign-up-submit = Create my account
sign-up-have-account = Already have an account?
sign-up-welcome = Your account is ready. Now tell us about your work, so we can show you jobs that fit.

## Worker: profile
profile-title = My profile
profile-given-name = Given names
profile-family-name = Family names
profile-phone = Phone number
profile-phone-hint = With the country code, for example +52 55 1234 5678
profile-date-of-birth = Date of birth
profile-sex = Sex
profile-citizenship = Citizenship
profile-second-citizenship = Second citizenship
profile-country-of-birth = Country of birth
profile-country-of-residence = Country where you live
profile-none = None
profile-step-about = About you
profile-step-work = Your work
profile-step-skills = Your skills
profile-step-languages = Languages
profile-step-education = Education
profile-step-availability = When you can work
profile-step-done = Done
profile-step-todo = To do
profile-step-of = Step { $number } of { $of }
profile-saved = Saved.
profile-search-work = Find your occupation
profile-search-work-hint = Type what you do, for example welder, nurse or fruit picker
profile-search-skills = Find a skill
profile-search-skills-hint = Type a skill, for example forklift or food safety
profile-search-results = Results for “{ $query }”
profile-search-none = Nothing found. Try another word.
profile-your-occupations = Your occupations
profile-years = Years of experience
profile-no-occupations = No occupation yet. Find yours above and add it.
profile-your-skills = Your skills
profile-no-skills = No skill yet. Find yours above and add them.
profile-languages-hint = Add each language you speak. Employers must give you a contract in a language you read well (level B1 or better).
profile-language-n = Language { $n }
profile-language = Language
profile-level = Level
profile-add-language = Add another language
profile-education = Highest education completed
profile-qualification = A diploma, licence or certificate
profile-qualification-title = Its title
profile-qualification-hint = For example: Nursing licence, welding certificate
profile-qualification-country = Country that awarded it
profile-qualification-year = Year
profile-available-from = Available from
profile-available-until = Available until
profile-available-until-hint = Leave empty if you have no end date.
profile-preferred-destination = Country you would most like to work in

sex-female = Female
sex-male = Male
sex-other = Another sex or gender
sex-not-stated = I prefer not to say

cefr-a1 = beginner
cefr-a2 = elementary
cefr-b1 = intermediate: can read a contract
cefr-b2 = upper intermediate
cefr-c1 = advanced
cefr-c2 = fluent
cefr-native = First language

isced-0 = No schooling completed
isced-1 = Primary school
isced-2 = Lower secondary school
isced-3 = Upper secondary school
isced-4 = Post-secondary course (not university)
isced-5 = Short tertiary course
isced-6 = Bachelor's degree or equivalent
isced-7 = Master's degree or equivalent
isced-8 = Doctorate

## Worker: consents
consents-title = Your consents
consents-intro = You decide what Corridor does with your profile. You can change each choice at any time, and every change is kept below.
consents-change = Change my consents
consents-saved = Your choice is saved.
consents-history = History of your choices
consents-when = When
consents-purpose = What for
consents-change-col = Change
consents-no-history = You have not made any choice yet.
consent-given = Given
consent-not-given = Not given
consent-withdrawn = Withdrawn
consent-give = Give consent
consent-withdraw = Withdraw consent
consent-matching-title = Match me to jobs
consent-matching-explained = Corridor compares your occupations, experience, skills and languages with open jobs, shows you the best ones, and may include you in a match round run by officials. Employers then see only a number for you, not your name.
consent-sharing-with-employers-title = Share my profile with employers
consent-sharing-with-employers-explained = When you apply for a job, or accept a job someone proposed to you, the employer and its licensed agency can read your profile while the application is under way. If you withdraw this, they can no longer read it.
consent-statistics-title = Count me in statistics
consent-statistics-explained = You are counted, without your name or anything that identifies you, in public statistics about workers ready to work abroad. Small groups are never shown.
consent-contact-title = Officials may contact me
consent-contact-explained = Officials of your country may call or write to you about programmes, for example when a new one opens.

## Worker: proposals
proposals-title = Jobs proposed to me
proposals-intro = An agency, employer or official can propose you for a job. Nobody sees your profile until you accept. If you decline, you will not be asked again for that job.
proposals-need-sharing = To accept, you first need to consent to sharing your profile with employers.
proposals-made-on = Proposed on { $date }
proposal-pending = Waiting for your answer
proposal-accepted = Accepted
proposal-declined = Declined
proposals-accept = Accept and apply
proposals-decline = Decline
proposals-see-application = See my application
proposals-none = Nobody has proposed you for a job yet.

## Worker: applications
placement-withdraw = Withdraw my application
placement-withdraw-explained = You can withdraw at any time before you leave. The employer will see that you withdrew; you do not have to say why.
placement-contract = Your contract
placement-contract-language = Language of the contract
placement-ledger = Costs and fees paid
placement-ledger-intro = Every payment made for your recruitment. Workers never pay recruitment fees: if you were made to pay, report it below.
placement-ledger-none = No payment recorded.
placement-paid-by = paid by { $payer } to { $payee }
placement-violation = Breaks the Employer Pays Principle
placement-report = Report a payment you were made to pay
placement-report-explained = Officials of your country see every report. You can report even if you have no receipt.
placement-report-amount = Amount
placement-report-currency = Currency
placement-report-paid-to = Paid to
placement-report-category = What it was for
placement-report-date = Date paid
placement-report-note = What happened (optional)
placement-report-submit = Report the payment
placement-reported = Your report is recorded. Officials of your country will see it.
cost-bribe = A bribe
cost-kickback = A kickback
cost-bond = A bond or deposit
cost-collateral = Collateral

## Worker: work record
work-record-title = My work record
work-record-intro = Contracts you completed through Corridor. Returning workers are re-hired first in many programmes.
work-record-job = Job
work-record-from = From
work-record-to = To
work-record-none = No completed contract yet.
work-record-printed = Printed on { $date } from Corridor.

## Account
account-title = My account
account-signed-in-as = You sign in with { $email }.
account-done-password = Your password is changed. You were signed out everywhere else.
account-done-language = Your language is saved.
account-password = Change your password
account-current-password = Current password
account-new-password = New password
account-change-password = Change password
account-language = Language of the pages
account-sign-out-everywhere = Sign out everywhere
account-sign-out-everywhere-explained = Ends every session on every phone or computer, and every API token. Use it if you lost a phone or think someone else knows your password.
account-your-data = Your data
account-your-data-explained = Download everything Corridor holds about you: your profile, consents, applications with their timelines and payments, and proposals made to you.
account-download = Download my data (JSON)
account-close = Close my account
account-close-explained = You can close your account at any time.
close-consequence-consents = Every consent is withdrawn: no employer can read your profile and you are not matched or counted any more.
close-consequence-applications = Applications that have not led to departure are withdrawn.
close-consequence-records = Contracts already under way or completed stay on record, as the law of both countries requires.
close-consequence-sign-in = You cannot sign in again with this account.
close-confirm = I understand, close my account
close-confirm-required = Tick the box to confirm that you want to close your account.

## Rules, as shown at a field
rule-required = This is required.
rule-invalid = This is not valid.
rule-too-short = A password has at least 10 characters.
rule-too-long = This is too long.
rule-wrong-password = The current password is not right.
rule-duplicate = This is listed twice.
rule-unknown = This does not exist.
rule-out-of-range = This number is outside what is allowed.
rule-implausible = This does not look right; check it.
rule-under-age = Workers must be at least 18 years old.
rule-before-start = The end cannot be before the start.
rule-negative = An amount cannot be negative.
rule-not-positive = The amount must be more than zero.
rule-same-party = Who paid and who was paid must be different.
rule-date-in-future = A date cannot be in the future.
rule-before-previous-event = This date is before the previous step.
rule-illegal-transition = This step cannot follow the current one.
rule-not-applicable = This does not apply here.
rule-consent-required = You must consent to sharing your profile with employers to apply.
rule-worker-not-covered = This programme recruits from another country.
rule-job-order-not-open = This job is not open to applications.
rule-not-a-candidate = This worker cannot be proposed for this job.
rule-positions-filled = Every position of this job order is filled.
rule-quota-reached = The programme's quota for this period is reached.
rule-wage-below-minimum = The wage is below the programme's minimum.
rule-wage-currency-mismatch = The wage must be in the programme's currency.
rule-hours-below-guarantee = The guaranteed hours are below the programme's minimum.
rule-hours-above-maximum = The hours are above the programme's maximum.
rule-below-guaranteed-hours = The maximum hours cannot be below the guaranteed hours.
rule-housing-not-provided = The programme requires the employer to provide housing.
rule-housing-cost-above-cap = The worker's housing charge is above the programme's cap.
rule-housing-currency-mismatch = The housing charge must be in the programme's currency.
rule-medical-cover-insufficient = The medical care is below what the programme requires.
rule-return-travel-not-paid = The programme requires the employer to pay the journey home.
rule-cost-charged-to-worker = Recruitment fees and related costs are paid by the employer, never by the worker.
rule-occupation-not-in-programme = This occupation is outside the programme.
rule-start-in-past = The start date has passed.
rule-start-outside-programme = The start date is outside the programme's period.
rule-stay-too-long = The contract is longer than the programme allows.
rule-employer-suspended = The employer is suspended.
rule-employer-mismatch = The employer does not match.
rule-employer-not-in-destination = The employer is not in the programme's country of destination.
rule-agency-licence-not-active = The agency's licence is not in force.
rule-agency-licence-outside-corridor = The agency is not licensed in the programme's countries.
rule-who-safeguard-active-recruitment = Health workers may not be actively recruited from a country on the WHO safeguards list outside a government-to-government agreement.
rule-not-a-returning-worker = Only workers who completed a contract with this employer can be named.
rule-contract-language-not-read = The contract must be in a language the worker reads well (B1 or better).
rule-contract-wage-below-job-order = The contract's wage is below the job order's.
rule-contract-wage-currency-mismatch = The contract's wage is in another currency.
rule-contract-hours-below-job-order = The contract guarantees fewer hours than the job order.
rule-contract-hours-above-job-order = The contract allows more hours than the job order.
rule-contract-housing-missing = The contract leaves out the housing the job order promised.
rule-contract-housing-cost-above-job-order = The contract charges more for housing than the job order.
rule-contract-medical-below-job-order = The contract gives less medical care than the job order.
rule-contract-return-travel-missing = The contract leaves out the paid journey home.
rule-contract-duration-differs = The contract's length differs from the job order's.
rule-same-country = The two countries must be different.
rule-countries-fixed = A programme's countries cannot be changed.

## Lists
pagination = Pages
pagination-previous = Previous page
pagination-next = Next page
pagination-page = Page { $page } of { $pages }

## Job orders, for those who manage them
job-orders-title = Job orders
job-orders-post = Post a job order
job-orders-by-status = Job orders by status
job-orders-none = There are no job orders here.
job-orders-managers-only = Job orders are managed by employers, their agencies and officials.
job-orders-back = Back to the job orders
job-status-pending_approval = Waiting for approval
job-status-open = Open
job-status-closed = Closed

job-form-intro = Every condition you write here is shown to workers before they apply, and checked against the programme's minimum conditions. If something breaks a rule, every problem is listed so you can fix them at once.
job-form-submit = Submit the job order
job-form-the-job = The job
job-form-agency = Licensed agency handling it
job-form-agency-hint = Only agencies with a licence in force in the programme's countries can handle a job order.
job-form-no-agency = No agency
job-form-find-occupation = Occupation
job-form-choose = Choose
job-form-choose-occupation = Find the occupation and choose it.
job-form-title = Job title
job-form-title-hint = As you call the job. Leave empty to use the occupation's name.
job-form-positions = Number of positions
job-form-locality = Town or city
job-form-region = Region, province or state
job-form-duration = Length of the contract in months
job-form-pay = Pay and hours
job-form-currency = Currency
job-form-per = Paid per
per-hour = hour
per-week = week
per-month = month
per-year = year
job-form-guaranteed-hours = Hours guaranteed each week
job-form-max-hours = Most hours in a week
job-form-living = Housing, medical care and the journey home
job-form-housing-yes = The employer provides housing
job-form-housing-no = No housing is provided
job-form-housing-cost = What the worker pays for housing each month
job-form-housing-cost-hint = Leave empty if it is free.
job-form-housing-description = The housing, in a few words
job-form-return = Journey home
job-form-return-yes = Paid by the employer
job-form-return-no = Not paid by the employer
job-form-requirements = What the worker needs
job-form-experience = Years of experience needed
job-form-languages = Languages needed
job-form-min-level = Lowest level
job-form-skills = Skills needed
job-form-contract-languages = Languages the contract is offered in
job-form-contract-languages-hint = The worker must read the contract well: offer it in the languages of the country of origin.
job-form-costs-hint = Every cost of recruitment and who pays it. Recruitment fees and related costs are paid by the employer, never by the worker.
job-form-cost-n = Cost { $n }
job-form-cost-category = What it is for
job-form-cost-paid-by = Paid by
job-form-add-cost = Add a cost
job-form-named = Returning workers asked for by name
job-form-named-hint = The worker numbers of workers who completed a contract with you. They are not shown to the public.
job-form-named-n = Worker number { $n }
job-form-add-named = Add a returning worker

job-posted-pending = The job order is submitted. A destination official will check and approve it.
job-posted-open = The job order is open to applications.
job-done-approved = The job order is approved and open to applications.
job-done-sent_back = The job order is sent back to the employer with your reason.
job-done-closed = The job order is closed.
job-done-proposed = The worker is asked. Their profile stays private until they accept.
job-see-public = See the page workers see
job-approval = Approval
job-approval-problems = Checked against the programme today, this job order breaks these rules:
job-approval-ok = Checked against the programme today, this job order meets every rule.
job-approve = Approve and open
job-send-back-reason = Reason for sending it back
job-send-back = Send back to the employer
job-candidates = Applications
job-candidate = Worker { NUMBER($worker, useGrouping: "false") }
job-no-candidates = Nobody has applied yet.
job-shortlist = Best candidates
job-shortlist-intro = Workers who registered for matching, ranked by how well they fit. Names stay private; propose a worker and they decide whether to apply.
job-score = score { $score }
job-details-withheld = This worker does not share their profile with employers; the reasons are hidden. You can still propose them.
job-propose = Propose this worker
job-already-proposed = Already asked or applied.
job-close = Close this job order
job-close-explained = Nobody can apply any more. Applications already made stay and continue.
job-close-confirm = I understand, close it
job-close-confirm-required = Tick the box to confirm that you want to close the job order.

## A placement, for those who manage it
placement-moved = Recorded: { $status }.
placement-worker = Worker
placement-next-steps = Next steps
placement-record = Record: { $status }
placement-end-reason = Why it ended early
placement-steps-dated-today = Each step is dated today ({ $date }).
placement-record-payment = Record a payment
placement-payer = Paid by
placement-payment-note = Receipt number or note (optional)
end-employer_breach = The employer broke the contract
end-worker_choice = The worker chose to leave
end-changed_employer = The worker changed employer
end-health_or_injury = Health or injury
end-work_ended = The work ended
end-other = Another reason

## Dashboards
dashboard-open-job-orders = Open job orders
dashboard-pending-job-orders = Job orders waiting for approval
dashboard-closed-job-orders = Closed job orders
dashboard-agency = My agency and its licence
dashboard-pending-approval = Job orders to approve
dashboard-placements = Placements: visas, departures, arrivals, returns
dashboard-match-rounds = Match rounds
dashboard-register-worker = Register a worker
dashboard-agencies = Recruiting agencies and their licences
dashboard-employers = Employers
dashboard-audit-log = Audit log
dashboard-users = Users
dashboard-statistics = Statistics
placements-list-title = Placements
placements-any-status = Any status
placements-filter = Show
placements-count = { $count ->
    [one] { $count } placement
   *[other] { $count } placements
}
placements-none-here = No placement here.

## Wages, with the amount in the page's number format
wage-per-hour = { $amount } per hour
wage-per-week = { $amount } per week
wage-per-month = { $amount } per month
wage-per-year = { $amount } per year
