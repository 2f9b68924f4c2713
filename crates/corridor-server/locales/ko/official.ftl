# 출신국과 목적국 공무원(및 관리자)을 위한 페이지, 한국어: 프로그램,
# 매칭 회차, 수수료 위반, 감사 로그, 고용센터에서의 노동자 등록.
# 공통 용어(form-*, rule-*, status-*, consent-*, job-*)는 corridor.ftl과
# pages.ftl에 있습니다.
# 기계 번역이므로 한국어 모국어 화자의 검토가 필요합니다 (TRANSLATIONS.md 참고).
# 용어: 구인 공고(job order), 취업 배치(placement), 매칭 회차(match round),
# 할당 인원(quota), 고용주 부담 원칙. 한국어 복수 범주는 other 하나뿐입니다.

## 목록
pager-label = 페이지
pager-page-of = 전체 { $pages }페이지 중 { $page }페이지
pager-previous = 이전 페이지
pager-next = 다음 페이지
official-filter = 필터
official-filter-apply = 보기
official-filter-clear = 필터 지우기

## 공무원 페이지의 공통 용어
official-sex-female = 여성
official-sex-male = 남성
official-sex-other = 그 밖의 성별
official-sex-not_stated = 성별 밝히지 않음
official-person-not-stated = 밝히지 않음
official-country-of-residence = 거주 국가
official-worker-id = 노동자 { $id }
official-job-starts = { $date } 시작
official-job-status-pending_approval = 승인 대기 중
official-job-status-open = 모집 중
official-job-status-closed = 마감
official-isco-invalid = ISCO-08 직업군 코드를 입력하세요. 예: 611 또는 9211
official-currency-choose = 프로그램의 통화를 선택하세요
official-hours-invalid = 주당 근로 시간을 0에서 168 사이의 숫자로 입력하세요
official-months-invalid = 개월 수를 정수로 입력하세요
official-percent-invalid = 0에서 100 사이의 백분율을 입력하세요
official-positions-invalid = 모집 인원을 정수로 입력하세요
official-per-hour = 시급 기준
official-per-week = 주급 기준
official-per-month = 월급 기준
official-per-year = 연봉 기준

programme-kind-seasonal = 계절 근로
programme-kind-temporary = 임시 근로
programme-kind-long_term = 장기 근로 (12개월 이상)
programme-kind-diaspora_temporary_return = 재외 동포 전문가의 일시 귀국

## 프로그램
official-programmes-title = 프로그램
official-programmes-intro = 소속 국가가 참여하는 프로그램입니다. 프로그램의 두 나라 중 어느 쪽 공무원이든 조건을 바꿀 수 있으며, 프로그램에 속한 모든 구인 공고는 이 조건과 대조해 확인합니다.
official-programmes-count = { $count ->
   *[other] 프로그램 { $count }개
}
official-programmes-none = 소속 국가의 프로그램이 아직 없습니다.
official-programmes-back = 프로그램 목록으로 돌아가기
official-programme-new = 프로그램 만들기
official-programme-edit = 조건 변경하기
official-programme-rounds = 이 프로그램의 매칭 회차
official-programme-saved = 프로그램을 저장했습니다.
official-programme-terms = 조건
official-programme-valid = 구인 공고 근무 시작 가능 기간
official-programme-valid-from = { $from }부터
official-programme-valid-between = { $from }부터 { $until }까지
official-programme-max-stay = 최장 체류 기간 (개월)
official-programme-longest-stay = 최장 체류 기간
official-programme-occupations = 대상 직업
official-programme-women-share = 선발된 노동자 중 여성의 최소 비율
official-programme-women-share-none = 정하지 않음
official-programme-conditions = 모든 구인 공고의 최저 조건
official-programme-min-wage = 최저 임금
official-housing-required = 고용주는 숙소를 제공해야 합니다.
official-housing-not-required = 고용주는 숙소를 제공하지 않아도 됩니다.
official-housing-cap = 노동자는 숙소 비용으로 한 달에 최대 { $cap }을(를) 냅니다.
official-housing-free = 숙소를 제공하는 경우 무료입니다.
official-social-security-portable = 납부한 보험료를 귀국할 때 가져갈 수 있습니다.
official-social-security-not-portable = 납부한 보험료를 귀국할 때 가져갈 수 없습니다.
official-programme-quotas = 할당 인원(쿼터)
official-programme-no-quotas = 할당 인원 없음: 자리는 구인 공고로만 제한됩니다.
official-programme-no-job-orders = 이 프로그램에 게시된 구인 공고가 아직 없습니다.
official-quota-period = 기간
official-quota-isco = 직업군 (ISCO-08)
official-quota-isco-hint = 프로그램이 다루는 모든 직업군에 적용하려면 비워 두세요.
official-quota-sex = 성별
official-quota-positions = 자리
official-quota-any-group = 모든 직업군
official-quota-anyone = 누구나
official-quota-n = 할당 인원 { $n }
official-quota-from = 첫날
official-quota-to = 마지막 날

official-programme-form-intro = 두 나라가 합의한 모든 조건입니다. 프로그램에 속한 구인 공고는 모집을 시작하기 전에 이 최저 조건과 대조해 확인합니다.
official-programme-save = 프로그램 저장하기
official-programme-about = 프로그램
official-programme-name = 이름
official-programme-origin = 노동자의 출신국
official-programme-destination = 목적국
official-programme-corridor = 국가:
official-programme-countries-fixed = 프로그램의 국가는 바꿀 수 없습니다. 다른 국가와의 프로그램은 새로 만드세요.
official-programme-kind = 제도 유형
official-programme-g2g = 두 나라 정부 간에 체결됨
official-programme-valid-from-label = 구인 공고 근무 시작 가능 첫날
official-programme-valid-from-hint = 예: 2027-01-15
official-programme-valid-until-label = 구인 공고 근무 시작 가능 마지막 날
official-programme-valid-until-hint = 프로그램의 종료일이 없으면 비워 두세요.
official-programme-max-stay-hint = 1~120개월.
official-programme-occupations-hint = 프로그램이 다루는 ISCO-08 직업군을 분류 수준에 관계없이 모두 입력하세요. 6은 모든 숙련 농업 종사자, 611은 시장 지향 원예 및 작물 재배자, 6111은 밭작물 및 채소 재배자입니다.
official-programme-occupation-n = 직업군 { $n }
official-programme-add-occupation = 직업군 추가
official-programme-conditions-hint = 고용주는 더 많이 제공할 수는 있지만, 더 적게 제공할 수는 없습니다.
official-programme-currency = 통화
official-programme-currency-hint = 임금과 숙소 비용은 이 통화로 정합니다.
official-programme-wage-per = 지급 단위
official-programme-guaranteed-hours = 매주 보장되는 최소 근로 시간
official-programme-max-hours = 주당 최대 근로 시간
official-programme-housing-required = 고용주는 숙소를 제공해야 함
official-programme-housing-cap = 노동자에게 한 달에 받을 수 있는 최대 숙소 비용
official-programme-housing-cap-hint = 숙소가 무료여야 하면 비워 두세요.
official-programme-return-paid = 고용주가 귀국 여행 비용을 부담함
official-programme-rehire = 취업 배치를 마친 노동자를 우선 재고용함
official-programme-social-security-portable = 연금 및 사회 보장 보험료를 귀국할 때 가져갈 수 있음
official-programme-social-security = 연금과 사회 보장 적용 방식
official-programme-social-security-hint = 알기 쉬운 말로 적으세요. 예: 두 나라 간 사회보장협정.
official-programme-pathway = 이 프로그램을 통해 영주권을 받을 수 있음
official-programme-quotas-hint = 기간별로 배정된 자리 수입니다. 프로그램의 모든 직업 또는 한 직업군, 모든 사람 또는 한 성별에 정할 수 있습니다. 그 기간에 노동자가 선발되면 자리 하나가 찹니다.
official-programme-add-quota = 할당 인원 추가
official-programme-women-share-hint = 백분율입니다. 예: 40. 최적 매칭 회차는 이 비율을 지킵니다. 정하지 않으려면 비워 두세요.

## 매칭 회차
official-rounds-title = 매칭 회차
official-rounds-intro = 매칭 회차는 매칭에 동의한 일할 수 있는 노동자를 프로그램의 모집 중인 구인 공고와 짝지어 줍니다. 각 매칭 쌍과 그 이유를 검토한 뒤 회차를 확정하거나 폐기합니다.
official-rounds-count = { $count ->
   *[other] 매칭 회차 { $count }회
}
official-rounds-none = 소속 국가의 프로그램에서 진행한 매칭 회차가 아직 없습니다.
official-rounds-every-programme = 모든 프로그램
official-rounds-back = 매칭 회차 목록으로 돌아가기
official-round-new = 매칭 회차 진행하기
official-round-new-intro = 회차는 제안일 뿐입니다. 검토하고 확정하기 전까지는 아무도 추천되지 않습니다.
official-round-new-note = 매칭에 동의한 노동자만 회차에 포함됩니다. 진행하는 데 몇 초가 걸릴 수 있습니다.
official-round-programme = 프로그램
official-round-mechanism = 노동자와 일자리를 짝짓는 방식
official-round-mechanism-optimal = 최적: 총점이 가장 높은 방식
official-round-mechanism-optimal-explained = 프로그램의 할당 인원과 여성 최소 비율 안에서, 전체적으로 가장 잘 맞는 매칭 쌍으로 자리를 채웁니다.
official-round-mechanism-stable = 안정: 노동자의 선택 우선
official-round-mechanism-stable-explained = 지연 수락 방식: 서로 짝이 되기를 더 원하는 노동자와 고용주가 남지 않습니다. 할당 인원이나 여성 비율은 지키지 않지만, 확정할 때 할당 인원을 넘어 선발되는 사람은 없습니다.
official-round-run = 회차 진행하기
official-round-choose-programme = 프로그램을 선택하세요
official-round-choose-mechanism = 노동자와 일자리를 짝짓는 방식을 선택하세요
official-round-title = 매칭 회차 { $id }
official-round-status-proposed = 결정 대기 중
official-round-status-confirmed = 확정됨
official-round-status-discarded = 폐기됨
official-round-run-on = { $date } 진행
official-round-decided-on = { $date } 결정
official-round-filled = 자리 { $positions }개 중 { $filled }개 충원
official-round-total-score = 총점 { $score }
official-round-summary = 요약
official-round-notes = 결정하기 전에 읽어 보세요
official-round-by-sex = 성별
official-round-by-origin = 출신국별
official-round-origin = 국가
official-round-placed = 배치됨
official-round-in-round = 회차 대상
official-round-pairs = { $count ->
   *[other] 제안된 매칭 쌍 { $count }개
}
official-round-pairs-intro = 각 노동자와 제안된 일자리, 그 점수와 모든 이유입니다. 직업과 언어 이름은 영어로 표시됩니다.
official-round-score = 점수 { $score }
official-round-no-pairs = 이 회차에서 짝지어진 사람이 없습니다.
official-round-unfilled = 채워지지 않은 자리
official-round-no-unfilled = 모든 자리가 채워졌습니다.
official-round-unmatched = 일자리를 얻지 못한 노동자
official-round-no-unmatched = 회차의 모든 노동자가 배치되었습니다.
official-round-decide = 결정
official-round-decide-intro = 확정하면 제안된 노동자를 모두 추천하고, 폐기하면 회차를 보류하며 아무도 추천하지 않습니다. 어느 쪽이든 되돌릴 수 없습니다.
official-round-confirm = 회차 확정하기
official-round-discard = 회차 폐기하기
official-round-confirm-title = 매칭 회차 { $id } 확정하기
official-round-confirm-intro = { $count ->
   *[other] 확정하면 { $programme }의 일자리에 노동자 { $count }명을 추천합니다.
}
official-round-consequence-application = 각 노동자에게 제안된 일자리의 지원이 아래에서 선택한 단계로 생성되며, 노동자와 고용주가 이를 볼 수 있습니다.
official-round-consequence-consent = 고용주에게 프로필을 공유하는 데 동의하지 않은 노동자는 추천되지 않습니다.
official-round-consequence-limits = 구인 공고의 모집 인원이나 프로그램의 할당 인원을 넘어 선발되는 사람은 없습니다. 그런 매칭 쌍은 제외되고 그대로 남습니다.
official-round-consequence-once = 회차는 한 번만 확정됩니다. 되돌릴 수 없습니다.
official-round-step = 노동자를 추천할 단계
official-round-step-shortlisted-explained = 고용주가 이들 중에서 선택합니다.
official-round-step-selected-explained = 노동자가 지금 바로 자리를 차지합니다 (그리고 프로그램의 할당 인원에 포함됩니다).
official-round-confirm-box = 매칭 쌍을 검토했으며 회차를 확정합니다
official-round-choose-step = 노동자를 추천할 단계를 선택하세요
official-round-confirm-required = 매칭 쌍을 검토했음을 확인하려면 확인란에 표시하세요.
official-round-confirmed-outcome = { $placed ->
   *[other] 회차가 확정되었습니다: 노동자 { $placed }명을 “{ $step }” 단계로 추천함
}{ $skipped ->
    [0] .
   *[other] ; 매칭 쌍 { $skipped }개는 제외됨.
}
official-round-scope-all = 모든 취업 배치
official-round-unfilled-no_eligible_worker = 회차에 자격을 갖춘 노동자가 없음
official-round-unfilled-quota_reached = ISCO-08 직업군 { $group }의 할당 인원이 다 참
official-round-unfilled-candidates_placed_elsewhere = 자격을 갖춘 노동자가 모두 다른 일자리에 배치됨
official-round-unfilled-origin_quota_reached = 자격을 갖춘 노동자 출신국의 할당 인원이 다 참
official-round-unfilled-women_share = 이 자리를 채우면 여성 최소 비율을 지킬 수 없음
official-round-unfilled-other_quota = 다른 할당 인원이 다 참
official-round-unmatched-no_eligible_job_order = 회차에 자격이 되는 일자리가 없음
official-round-unmatched-choices_filled_by_higher_ranked = 선택한 일자리가 순위가 더 높은 후보자에게 돌아감
official-round-unmatched-positions_went_to_higher_total_score = 자리가 총점이 더 높은 매칭 쌍에게 돌아감
official-round-unmatched-origin_quota_reached = { $origin } 출신 노동자의 할당 인원이 다 참
official-round-unmatched-women_share = 이 노동자를 배치하면 여성 최소 비율을 지킬 수 없음
official-round-unmatched-other_quota = 다른 할당 인원이 다 참
official-round-note-quota-exceeded = 할당 인원 초과: { $scope }에 { $used }명 배치, 허용 인원 { $allowed }명. 안정 방식은 할당 인원을 지키지 않지만, 확정할 때 할당 인원을 넘어 선발되는 사람은 없습니다.
official-round-note-women-met = 여성 최소 비율 { $required }을(를) 충족합니다: { $achieved }.
official-round-note-women-met-by-leaving-positions-open = 남성이 채울 수 있는 자리 { $positions }개를 비워 두어 여성 최소 비율 { $required }을(를) 충족합니다 ({ $achieved }, 포기한 점수: { $score }).
official-round-note-women-unreachable = 여성 최소 비율 { $required }을(를) 충족할 수 없습니다. 자격을 갖춘 여성을 배치할 수 없으므로 아무도 배치되지 않습니다.
official-round-note-women-not-met = 여성 최소 비율 { $required }을(를) 충족하지 못합니다: { $achieved }. 안정 방식은 이 비율을 지키지 않으니 최적 방식을 사용하세요.
official-round-note-not-proven = 최선으로 증명되지 않음: 총점 { $total }, 가능한 최고점은 최대 { $bound } (탐색 한도에 도달함).

## 수수료 위반
official-fees-title = 수수료 위반
official-fees-intro = 소속 국가의 프로그램에서 고용주 부담 원칙을 어긴 지급입니다. 노동자가 채용 수수료나 관련 비용을 내야 했던 경우, 또는 뇌물, 리베이트, 보증금, 담보가 해당합니다. 모두 기록으로 남습니다.
official-fees-count = { $count ->
   *[other] 위반 { $count }건
}
official-fees-none = 소속 국가의 프로그램에서 기록된 수수료 위반이 없습니다.
official-fees-paid-on = 지급일
official-fees-who = 누가 누구에게 지급했나
official-fees-breach = 위반
official-fees-kind-worker_paid_recruitment_cost = 노동자가 채용 수수료나 관련 비용을 냄
official-fees-kind-illegitimate_cost = 뇌물, 리베이트, 보증금 또는 담보

## 감사 로그
official-audit-title = 감사 로그
official-audit-intro-country = { $country }에 관한 모든 기록 변경, 모든 개인 정보 열람, 모든 거부입니다. 그 나라의 프로그램, 국민과 거주자, 기관, 그리고 그 나라 공무원의 행위가 포함됩니다. 이 로그를 열람한 것도 기록됩니다.
official-audit-intro-all = 모든 기록 변경, 모든 개인 정보 열람, 모든 거부입니다. 이 로그를 열람한 것도 기록됩니다.
official-audit-entity = 기록 종류
official-audit-entity-hint = 예: worker, placement, programme, match_round_pairs
official-audit-entity-id = 기록 번호
official-audit-action = 작업
official-audit-action-hint = 예: read, create, update, transition
official-audit-actor = 사용자 번호
official-audit-actor-hint = 행위를 볼 사용자
official-audit-actor-invalid = 사용자 번호를 입력하세요. 예: 12
official-audit-count = { $count ->
   *[other] 항목 { $count }건
}
official-audit-none = 조건에 맞는 항목이 없습니다.
official-audit-when = 일시
official-audit-who = 행위자
official-audit-record = 기록
official-audit-outcome = 결과
official-audit-detail = 세부 내용
official-audit-user = 사용자 { $id }
official-audit-system = 시스템
official-audit-personal = 개인 정보
official-audit-allowed = 허용됨
official-audit-denied = 거부됨

## 노동자 등록
official-register-title = 노동자 등록
official-register-intro = 고용센터 등에 직접 찾아온 소속 국가의 노동자를 위한 것입니다. 노동자는 나중에 로그인해 프로필을 완성할 수 있습니다. 프로필은 노동자 본인의 것이며, 모든 동의를 바꿀 수 있습니다.
official-register-consents = 노동자의 동의
official-register-consents-intro = 각 목적을 노동자에게 읽어 주고, 노동자가 직접 그 자리에서 동의한 항목에만 표시하세요. 노동자는 각 선택을 언제든 바꿀 수 있습니다.
official-register-submit = 노동자 등록하기
official-register-done = 노동자를 등록했습니다.
official-worker-occupations = 직업
official-worker-consents = 동의
official-worker-consents-note = 각 목적에 대한 노동자의 최근 선택입니다. 노동자 본인만 바꿀 수 있습니다.
official-worker-placements = 지원과 취업 배치
official-worker-no-placements = 볼 수 있는 지원이 없습니다.
