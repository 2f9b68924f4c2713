# Pages for origin and destination officials (and administrators), English:
# programmes, match rounds, fee violations, the audit log, and registering a
# worker at a job centre. Shared words (form-*, rule-*, status-*, consent-*,
# job-*) come from corridor.ftl and pages.ftl.

## Lists
pager-label = Pages
pager-page-of = Page { $page } of { $pages }
pager-previous = Previous page
pager-next = Next page
official-filter = Filter
official-filter-apply = Show
official-filter-clear = Clear the filter

## Words shared by the officials' pages
official-sex-female = Women
official-sex-male = Men
official-sex-other = Another sex
official-sex-not_stated = Sex not stated
official-person-not-stated = Not stated
official-country-of-residence = Country of residence
official-worker-id = Worker { $id }
official-job-starts = starts { $date }
official-job-status-pending_approval = Waiting for approval
official-job-status-open = Open
official-job-status-closed = Closed
official-isco-invalid = Enter an ISCO-08 group code, for example 611 or 9211
official-currency-choose = Choose the programme's currency
official-hours-invalid = Enter hours a week as a number from 0 to 168
official-months-invalid = Enter a whole number of months
official-percent-invalid = Enter a percentage from 0 to 100
official-positions-invalid = Enter the number of positions as a whole number
official-per-hour = an hour
official-per-week = a week
official-per-month = a month
official-per-year = a year


## Fee violations
official-fees-title = Fee violations
official-fees-intro = Payments that broke the Employer Pays Principle in your country's programmes: a worker made to pay a recruitment fee or cost, or a bribe, kickback, bond or collateral. Each stays on record.
official-fees-count = { $count ->
    [one] { $count } violation
   *[other] { $count } violations
}
official-fees-none = No fee violation has been recorded in your country's programmes.
official-fees-paid-on = Paid on
official-fees-who = Who paid whom
official-fees-breach = Breach
official-fees-kind-worker_paid_recruitment_cost = The worker paid a recruitment fee or cost
official-fees-kind-illegitimate_cost = A bribe, kickback, bond or collateral

## Audit log
official-audit-title = Audit log
official-audit-intro-country = Every write, every read of personal data and every refusal that concerns { $country }: its programmes, its nationals and residents, its organisations, and its own officials' acts. Your reading of the log is recorded too.
official-audit-intro-all = Every write, every read of personal data and every refusal. Your reading of the log is recorded too.
official-audit-entity = Kind of record
official-audit-entity-hint = For example worker, placement, programme, match_round_pairs
official-audit-entity-id = Record number
official-audit-action = Action
official-audit-action-hint = For example read, create, update, transition
official-audit-actor = User number
official-audit-actor-hint = Whose acts to show
official-audit-actor-invalid = Enter a user number, for example 12
official-audit-count = { $count ->
    [one] { $count } entry
   *[other] { $count } entries
}
official-audit-none = No entry matches.
official-audit-when = When
official-audit-who = Who
official-audit-record = Record
official-audit-outcome = Outcome
official-audit-detail = Detail
official-audit-user = user { $id }
official-audit-system = the system
official-audit-personal = personal data
official-audit-allowed = allowed
official-audit-denied = refused

## Registering a worker
official-register-title = Register a worker
official-register-intro = For a worker of your country who came in person, for example to a job centre. The worker can later sign in to complete their profile; they own it and can change every consent.
official-register-consents = The worker's consents
official-register-consents-intro = Read each purpose to the worker and tick only what they agree to, in person. They can change each choice at any time.
official-register-submit = Register the worker
official-register-done = The worker is registered.
official-worker-occupations = Occupations
official-worker-consents = Consents
official-worker-consents-note = The worker's latest choice on each purpose. Only the worker changes them.
official-worker-placements = Applications and placements
official-worker-no-placements = No application you can see.
