# Corridor 페이지, 한국어.
# 기계 번역이므로 한국어 모국어 화자의 검토가 필요합니다 (TRANSLATIONS.md 참고).
# ILO 용어: "채용 수수료 및 관련 비용", "고용주 부담 원칙";
# ISCO-08(국제표준직업분류): 대분류, 중분류, 소분류, 세분류.
# 한국어 복수 범주는 other 하나뿐입니다.
app-name = Corridor
app-tagline = 합법적인 해외 일자리, 모든 조건은 서면으로, 노동자는 수수료를 내지 않습니다.
nav-jobs = 일자리
nav-my-placements = 내 지원
nav-dashboard = 대시보드
nav-sign-in = 로그인
nav-sign-out = 로그아웃
nav-language = 언어
signed-in-as = { $name } ({ $role }) 님으로 로그인함

home-title = 해외에서 안전하고 공정하게 일하기
home-intro = Corridor는 국가 간 협정에 따라 제공되는 일자리를 게시합니다. 모든 일자리에는 임금, 근로 시간, 숙소, 의료, 귀국 여행, 그리고 각 채용 비용을 누가 부담하는지가 표시됩니다. 노동자는 채용 수수료를 절대 내지 않습니다.
home-browse = 모집 중인 일자리 보기
home-check-agency = 채용 대행 기관 확인하기
home-api = API 문서 (OpenAPI)

sign-in-title = 로그인
sign-in-email = 이메일
sign-in-password = 비밀번호
sign-in-submit = 로그인
sign-in-failed = 이메일 또는 비밀번호가 올바르지 않습니다.

jobs-title = 모집 중인 일자리
jobs-for-you = 참여할 수 있는 프로그램의 모집 중인 일자리
jobs-count = { $count ->
   *[other] 구인 공고 { $count }건
}
jobs-recommended = 추천 일자리
jobs-recommended-note = 직업, 경력, 기술, 언어가 얼마나 잘 맞는지, 그리고 이 프로그램에서 일한 적이 있는지에 따라 정렬했습니다. 각 이유가 표시됩니다.
jobs-none = 지금은 지원할 수 있는 일자리가 없습니다.
jobs-positions = { $count ->
   *[other] { $count }명 모집
}
jobs-starts = { $date } 시작, { $months }개월
jobs-see = 모든 조건 보기

job-title = 구인 공고 { NUMBER($id, useGrouping: "false") }
job-programme = 프로그램
job-corridor = { $origin }에서 { $destination }(으)로
job-employer = 고용주
job-location = 근무지
job-occupation = 직업
job-start = 시작일
job-duration = 계약 기간
job-months = { $months }개월
job-wage = 임금
job-wage-minimum = 프로그램 최저 임금은 { $minimum }입니다.
job-hours = 근로 시간
job-hours-text = 주당 { $guaranteed }시간 보장, 최대 { $max }시간
job-housing = 숙소
job-housing-provided-free = 고용주가 무료로 제공합니다.
job-housing-provided-cost = 고용주가 제공하며, 매달 { $cost }을(를) 냅니다.
job-housing-not-provided = 제공하지 않습니다.
job-medical = 의료
medical-none = 제공하지 않음
medical-insurance = 고용주가 부담하는 건강 보험
medical-care = 고용주가 제공하는 의료 서비스
medical-care_and_insurance = 고용주가 제공하는 의료 서비스와 건강 보험
job-return = 귀국 여행
job-return-paid = 고용주가 부담합니다.
job-return-not-paid = 고용주가 부담하지 않습니다.
job-rehire = 재고용
job-rehire-yes = 취업 기간을 마친 노동자는 우선 재고용됩니다.
job-rehire-no = 재고용 우선권이 없습니다.
job-social-security = 연금 및 사회 보장
job-pathway = 영주권
job-pathway-yes = 이 프로그램을 통해 영주권을 받을 수 있습니다.
job-pathway-no = 이 프로그램으로는 영주권을 받을 수 없습니다.
job-languages = 필요한 언어
job-language-level = { $language } { $level } 이상
job-experience = 필요한 경력
job-experience-months = { $months }개월
job-skills = 필요한 기술
job-skills-optional = 있으면 좋은 기술
job-contract-languages = 계약서 제공 언어
job-costs = 채용 비용은 누가 부담하나요
job-costs-note = 고용주 부담 원칙에 따라 노동자는 이 비용을 하나도 내지 않습니다. 누군가 돈을 요구하면 신고하세요.
job-cost-category = 비용
job-cost-amount = 금액
job-cost-paid-by = 부담자
job-cost-undeclared = 고용주 (고용주 부담 원칙)
job-apply = 이 일자리에 지원하기
job-applied = 이 일자리에 지원했습니다.
job-sign-in-to-apply = 지원하려면 노동자로 로그인하세요.
job-g2g = 정부 간 협정

cost-recruitment_service = 채용 서비스 수수료
cost-medical = 건강 검진
cost-insurance = 보험
cost-skills_tests = 기술 및 언어 시험
cost-training_orientation = 교육 및 출국 전 오리엔테이션
cost-equipment = 장비
cost-travel_lodging = 교통 및 숙박
cost-visa_administrative = 비자 및 행정 비용

party-worker = 노동자
party-employer = 고용주
party-agency = 채용 대행 기관
party-government = 정부
party-third_party = 다른 사람

placements-title = 내 지원
placements-none = 아직 지원한 일자리가 없습니다.
placement-title = 지원 { NUMBER($id, useGrouping: "false") }
placement-status = 상태
placement-timeline = 진행 과정
placement-job = 일자리

status-applied = 지원함
status-shortlisted = 서류 통과
status-selected = 선발됨
status-contract_signed = 계약 체결
status-orientation_done = 출국 전 오리엔테이션 완료
status-visa_issued = 비자 발급
status-departed = 출국
status-arrived = 입국
status-employed = 근무 중
status-completed = 계약 완료
status-returned = 귀국
status-withdrawn = 지원 취소
status-rejected = 선발되지 않음
status-ended_early = 조기 종료

dashboard-title = 대시보드
dashboard-programmes = 프로그램
dashboard-job-orders = 구인 공고
dashboard-violations = 신고된 수수료 위반
dashboard-researcher = 연구자는 보호 처리된 집계 통계만 볼 수 있으며, 개인 기록은 볼 수 없습니다.

error-title = 문제가 발생했습니다
error-not-found = 이 페이지는 존재하지 않습니다.
error-forbidden = 이 페이지를 볼 권한이 없습니다.
error-back = 처음으로 돌아가기

footer-data = 직업 및 기술: ESCO (© 유럽 연합, CC BY 4.0). 보건 인력 보호 장치: 세계보건기구(WHO) (2023).

# 통계 (근거 자료)
home-stats = 통계: 해외 이주 노동자, 이동 흐름, 인력 부족, 수수료
dashboard-stats = 통계 열기: 보호 처리된 표와 그래프, CSV·JSON·SDMX 다운로드
stats-title = 통계
stats-intro = Corridor 자체의 취업 배치, 구인 공고, 등록 노동자, 수수료 장부 기록에서 나온 수치입니다. 모든 수치 옆에 출처, 정의, 방법, 불확실성이 표시됩니다. 개인 기록은 절대 표시되지 않습니다. { $min }명 미만에 근거한 수치는 숨겨지며, 합계에서 계산해 낼 수 없도록 다른 수치도 함께 숨겨집니다.
stats-all-figures = 모든 수치
stats-api = 모든 표는 API(/api/v1/stats)에서도 JSON, CSV, SDMX-CSV로 받을 수 있습니다.
stats-source = 출처
stats-reference = 기준
stats-reference-date = { $date } 기준
stats-reference-period = { $from }부터 { $to }까지
stats-definition = 정의
stats-method = 방법
stats-unit = 단위
stats-uncertainty = 불확실성
stats-disclosure = 공개 통제
stats-disclosure-text = { $min }명 미만에 근거한 셀은 숨겨집니다. 여기서 { $primary }개, 그리고 합계에서 계산해 낼 수 없도록 { $secondary }개를 더 숨겼습니다.
stats-not-additive = 이 셀들을 더해도 합계가 되지 않습니다. 각 합계는 직접 계산됩니다.
stats-uncertainty-complete = 행정 기록의 전수 집계로, 표본 오차가 없습니다. 기록 오류와 늦은 입력은 수치로 나타내지 않습니다.
stats-uncertainty-replicates = 반복 가중치로 구한 표준 오차입니다. ±는 90% 오차 범위이며, 변동 계수(CV)가 30%를 넘으면 신뢰도 낮음으로 표시됩니다.
stats-uncertainty-none = 이 출처로는 표준 오차를 계산할 수 없습니다.
stats-download = 다운로드
stats-withheld = 비공개
stats-withheld-primary = 비공개: { $min }명 미만
stats-withheld-secondary = 다른 셀을 보호하기 위해 비공개
stats-not-defined = 정의되지 않음 (사례 없음)
stats-unreliable = 신뢰도 낮음 (CV 30% 초과)
stats-total = 합계
stats-unknown = 알 수 없음
stats-value = 값
stats-status = 상태
stats-chart = 그래프
stats-show = 보기
stats-cross = 교차 기준
stats-date = 날짜
stats-from = 시작
stats-to = 끝
stats-period = 기간
stats-period-hint = 연도(2025), 분기(2025-Q1) 또는 월(2025-03)
stats-date-hint = 월의 마지막 날
stats-busy = 통계 서비스가 다른 표를 계산하느라 바쁩니다. 이미 계산된 표는 바로 보여 드립니다. 몇 초 후에 다시 시도해 주세요.
stats-too-many = 짧은 시간에 새 표를 너무 많이 요청하셨습니다. 잠시 기다린 후 다시 시도해 주세요.
stats-calendar-periods = 달력상의 월, 분기, 연도 단위로만 공표하며, 각각은 한 해 전체의 보호된 표 하나에서 잘라 낸 것이므로 공표된 두 표를 빼서 작은 집단을 드러낼 수 없습니다.
stats-bad-request = 이 표를 만들 수 없습니다: { $reason }
stats-more = 자세히 보기, 다른 교차 분석, 다운로드
stats-unit-PS = 명
stats-unit-POS = 자리
stats-unit-PT = 비율 (퍼센트)
stats-unit-DAYS = 일
stats-unit-NUM = 건 (지급)
stats-unit-MINOR_UNITS = 통화의 최소 단위 (센트)

stats-dim-corridor = 이주 경로
stats-dim-origin = 출신국
stats-dim-destination = 목적국
stats-dim-programme = 프로그램
stats-dim-isco1 = 직업 (ISCO-08 대분류)
stats-dim-isco2 = 직업 (ISCO-08 중분류)
stats-dim-sex = 성별
stats-dim-age = 연령대
stats-dim-month = 월
stats-dim-quarter = 분기
stats-dim-year = 연도
stats-dim-end_reason = 조기 종료 사유
stats-dim-currency = 통화
stats-dim-fee_category = 수수료 유형 (ILO 2019)
stats-dim-payer = 지불한 사람
stats-dim-un_duration = 체류 기간 (UN 1998)
stats-dim-country_of_birth = 출생국
stats-dim-geography = 지역

stats-code-F = 여성
stats-code-M = 남성
stats-code-O = 기타
stats-code-EMPLOYER_BREACH = 고용주의 계약 위반
stats-code-WORKER_CHOICE = 노동자의 선택
stats-code-CHANGED_EMPLOYER = 고용주 변경
stats-code-HEALTH = 질병 또는 부상
stats-code-WORK_ENDED = 일감이 없어짐
stats-code-OTHER = 기타 사유
stats-code-WORKER = 노동자
stats-code-EMPLOYER = 고용주
stats-code-AGENCY = 채용 대행 기관
stats-code-GOVERNMENT = 정부
stats-code-THIRD_PARTY = 다른 사람
stats-code-RECRUITMENT_SERVICE = 채용 서비스 수수료
stats-code-MEDICAL = 의료비
stats-code-INSURANCE = 보험
stats-code-SKILLS_TESTS = 기술 시험
stats-code-TRAINING_ORIENTATION = 교육 및 오리엔테이션
stats-code-EQUIPMENT = 장비
stats-code-TRAVEL_LODGING = 교통 및 숙박
stats-code-VISA_ADMINISTRATIVE = 비자 및 행정 비용
stats-code-BRIBE = 뇌물
stats-code-KICKBACK = 리베이트
stats-code-BOND = 보증금 또는 예치금
stats-code-COLLATERAL = 담보
stats-code-LONG_TERM = 장기 (12개월 이상)
stats-code-SHORT_TERM = 단기 (3~12개월)
stats-code-UNDER_3M = 3개월 미만

stats-fig-stock-abroad-title = 해외 노동자
stats-fig-stock-abroad-definition = Corridor 프로그램을 통해 해외에 배치되어 출국했으며, 기준일까지 귀국하지도 고용이 조기 종료되지도 않은 노동자입니다. 예정된 계약을 기준으로 12개월 이상 체류는 장기, 3~12개월은 단기입니다 (UN 1998).
stats-fig-stock-abroad-method = 기준일 또는 그 이전에 출국했고 그때까지 귀국이나 조기 종료가 없는 배치 건수. 기간별로는 각 기간의 마지막 날 기준입니다.
stats-fig-departures-title = 출국
stats-fig-departures-definition = Corridor 프로그램의 일자리를 위해 출신국을 떠나는 노동자 (흐름).
stats-fig-departures-method = 기간 중 날짜가 기록된 출국 사건 수.
stats-fig-returns-title = 귀국
stats-fig-returns-definition = 취업 배치 후 출신국으로 돌아오는 노동자 (흐름).
stats-fig-returns-method = 기간 중 날짜가 기록된 귀국 사건 수.
stats-fig-early-endings-title = 조기 종료된 고용
stats-fig-early-endings-definition = 계약 종료 전에 고용이 끝난 배치, 기록된 사유별.
stats-fig-early-endings-method = 기간 중 날짜가 기록된 조기 종료 사건 수.
stats-fig-demand-title = 수요: 모집 중인 구인 공고의 자리
stats-fig-demand-definition = 기준일 또는 그 이전에 게시되어 아직 마감되지 않은 승인된 구인 공고의 자리. Corridor는 구인 공고가 마감된 날을 기록하지 않으므로, 마감된 공고는 첫 근무일까지 집계됩니다.
stats-fig-demand-method = 기준일에 모집 중인 구인 공고의 자리 합계.
stats-fig-supply-title = 공급: 참여 가능한 노동자
stats-fig-supply-definition = 기준일에 일할 수 있고 프로그램에 참여할 수 있는 등록 노동자 (출신국의 국적 또는 거주, 프로그램이 다루는 직업). 통계 집계에 동의한 노동자만 셉니다.
stats-fig-supply-method = 중복 없는 노동자 수. 여러 프로그램이나 직업에 해당하는 노동자는 각각에서 한 번, 모든 합계에서 한 번 셉니다.
stats-fig-gap-title = 격차: 수요 빼기 공급
stats-fig-gap-definition = 모집 중인 구인 공고의 자리에서 참여 가능한 노동자 수를 뺀 값. 양수이면 참여 가능한 노동자보다 자리가 많다는 뜻입니다.
stats-fig-gap-method = 기준일의 수요 빼기 공급, 셀별로 계산.
stats-fig-fill-rate-title = 구인 공고 충원율
stats-fig-fill-rate-definition = 기간 중 게시된 구인 공고에 대해, 자리당 출국한 노동자 수.
stats-fig-fill-rate-method = 기간 중 게시된 구인 공고의 출국한 배치 수를 자리 수로 나눈 값. 표를 만든 시점의 기록 기준.
stats-fig-days-to-departure-median-title = 구인 공고부터 출국까지 일수 (중앙값)
stats-fig-days-to-departure-median-definition = 기간 중 출국에 대해, 구인 공고 게시일부터 노동자 출국일까지의 일수.
stats-fig-days-to-departure-median-method = 선형 보간법(유형 7)으로 구한 중앙값.
stats-fig-days-to-departure-p90-title = 구인 공고부터 출국까지 일수 (90번째 백분위수)
stats-fig-days-to-departure-p90-definition = 기간 중 출국에 대해, 구인 공고 게시일부터 노동자 출국일까지의 일수.
stats-fig-days-to-departure-p90-method = 선형 보간법(유형 7)으로 구한 90번째 백분위수. 출국 10건 중 9건은 이 기간 이내에 이루어졌습니다.
stats-fig-fee-violations-title = 수수료 위반
stats-fig-fee-violations-definition = 공정 채용 규칙을 어긴 수수료 장부의 지급. 노동자가 채용 수수료나 관련 비용을 낸 경우, 또는 모든 뇌물, 리베이트, 보증금, 담보 (ILO 2019 정의).
stats-fig-fee-violations-method = 기간 중 날짜가 기록된 위반 지급 건수.
stats-fig-fee-violation-amount-paid-by-workers-title = 노동자가 부당하게 낸 수수료
stats-fig-fee-violation-amount-paid-by-workers-definition = 노동자가 낸 위반 지급 (ILO 2019 정의), 통화별.
stats-fig-fee-violation-amount-paid-by-workers-method = 기간 중 날짜가 기록된 노동자의 위반 지급을 최소 단위(센트)로 합한 값. 통화는 환산하거나 서로 더하지 않습니다.
stats-fig-return-rate-title = 귀국률
stats-fig-return-rate-definition = 기간 중 고용이 끝난 배치(완료 또는 조기 종료) 가운데 귀국이 기록된 비율.
stats-fig-return-rate-method = 귀국 사건이 있는 종료된 배치 수를 전체 종료된 배치 수로 나눈 값.
stats-fig-rehire-rate-title = 재고용률
stats-fig-rehire-rate-definition = 기간 중 출국 가운데 이전 배치를 완료한 노동자의 비율. 검증된 근무 경력이 실제로 쓰이는 정도입니다.
stats-fig-rehire-rate-method = 이전에 배치를 완료한 노동자의 출국 수를 기간 중 전체 출국 수로 나눈 값.

# 구인 공고를 추천하는 이유: 점수 항목마다 한 줄
# (ISCO-08 용어: 대분류, 중분류, 소분류, 세분류).
why-same-occupation = 같은 직업: { $occupation }
why-same-unit-group = 같은 세분류 { $group }
why-same-minor-group = 같은 소분류 { $group }
why-same-sub-major-group = 같은 중분류 { $group }
why-same-major-group = 같은 대분류 { $group }
why-unrelated = 관련 직업 없음
why-required-skills = 필수 기술 { $of }개 중 { $held }개
why-optional-skills = 선택 기술 { $of }개 중 { $held }개
why-language = { $language } { $has }, 필요 수준 { $needs }
why-experience = 직업군 경력 { $years ->
    [0] { $months ->
       *[other] { $months }개월
    }
   *[other] { $months ->
        [0] { $years }년
       *[other] { $years }년 { $months }개월
    }
}
why-available-whole = 계약 기간 내내 가능
why-available-part = 계약 기간 { $days }일 중 { $covered }일 가능
why-returning = 재입국 노동자: 우선
why-returning-same-employer = 재입국 노동자: 우선, 같은 고용주
why-named = 고용주가 지명함
why-preference = 이 프로그램 또는 목적지 선호 ({ $destination })
