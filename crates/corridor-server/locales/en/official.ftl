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

programme-kind-seasonal = Seasonal work
programme-kind-temporary = Temporary work
programme-kind-long_term = Long-term work (12 months or more)
programme-kind-diaspora_temporary_return = Temporary return of diaspora professionals

## Programmes
official-programmes-title = Programmes
official-programmes-intro = The programmes your country takes part in. Officials of either country of a programme change its terms; every job order under it is checked against them.
official-programmes-count = { $count ->
    [one] { $count } programme
   *[other] { $count } programmes
}
official-programmes-none = There is no programme for your country yet.
official-programmes-back = Back to the programmes
official-programme-new = Create a programme
official-programme-edit = Change the terms
official-programme-rounds = Match rounds of this programme
official-programme-saved = The programme is saved.
official-programme-terms = Terms
official-programme-valid = Job orders may start
official-programme-valid-from = from { $from }
official-programme-valid-between = from { $from } to { $until }
official-programme-max-stay = Longest stay, in months
official-programme-occupations = Occupations covered
official-programme-women-share = Minimum share of women among selected workers
official-programme-women-share-none = None set
official-programme-conditions = Minimum conditions of every job order
official-programme-min-wage = Minimum wage
official-housing-required = The employer must provide housing.
official-housing-not-required = The employer need not provide housing.
official-housing-cap = A worker pays at most { $cap } a month for it.
official-housing-free = When provided, it is free of charge.
official-social-security-portable = Contributions can be carried home.
official-social-security-not-portable = Contributions cannot be carried home.
official-programme-quotas = Quotas
official-programme-no-quotas = No quota: positions are limited only by the job orders.
official-programme-no-job-orders = No job order has been posted under this programme yet.
official-quota-period = Period
official-quota-isco = Occupation group (ISCO-08)
official-quota-isco-hint = Leave empty for every group the programme covers.
official-quota-sex = Sex
official-quota-positions = Positions
official-quota-any-group = Every group
official-quota-anyone = Anyone
official-quota-n = Quota { $n }
official-quota-from = First day
official-quota-to = Last day

official-programme-form-intro = Every term the two countries agreed. Each job order under the programme is checked against these minimum conditions before it opens.
official-programme-save = Save the programme
official-programme-about = The programme
official-programme-name = Name
official-programme-origin = Country of origin of the workers
official-programme-destination = Country of destination
official-programme-corridor = Countries:
official-programme-countries-fixed = A programme's countries cannot change; create a new programme for other countries.
official-programme-kind = Kind of scheme
official-programme-g2g = Concluded between the two governments
official-programme-valid-from-label = First day job orders may start
official-programme-valid-from-hint = For example 2027-01-15
official-programme-valid-until-label = Last day job orders may start
official-programme-valid-until-hint = Leave empty if the programme has no end date.
official-programme-max-stay-hint = From 1 to 120 months.
official-programme-occupations-hint = Each ISCO-08 group the programme covers, at any level: 6 for every skilled agricultural worker, 611 for market gardeners and crop growers, 6111 for field crop and vegetable growers.
official-programme-occupation-n = Occupation group { $n }
official-programme-add-occupation = Add another occupation group
official-programme-conditions-hint = Employers may offer more, never less.
official-programme-currency = Currency
official-programme-currency-hint = The wage and the housing charge are in this currency.
official-programme-wage-per = Paid per
official-programme-guaranteed-hours = Hours of work guaranteed each week, at least
official-programme-max-hours = Hours of work a week, at most
official-programme-housing-required = The employer must provide housing
official-programme-housing-cap = The most a worker may be charged for housing a month
official-programme-housing-cap-hint = Leave empty if housing must be free of charge.
official-programme-return-paid = The employer pays the journey home
official-programme-rehire = Workers who complete a placement are re-hired first
official-programme-social-security-portable = Pension and social security contributions can be carried home
official-programme-social-security = How pension and social security work
official-programme-social-security-hint = In plain words, for example: a social security agreement between the two countries.
official-programme-pathway = The programme can lead to permanent residence
official-programme-quotas-hint = Places available in a period, for all the programme's occupations or one group, for everyone or one sex. A place is taken when a worker is selected in the period.
official-programme-add-quota = Add a quota
official-programme-women-share-hint = A percentage, for example 40. Optimal match rounds keep to it; leave empty for none.

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
