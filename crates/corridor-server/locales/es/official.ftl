# Páginas para funcionarios de origen y de destino (y administradores), en
# español: programas, rondas de emparejamiento, infracciones de cobro, el
# registro de auditoría y la inscripción de trabajadores en una oficina de
# empleo. Las palabras comunes (form-*, rule-*, status-*, consent-*, job-*)
# están en corridor.ftl y pages.ftl.

## Listas
pager-label = Páginas
pager-page-of = Página { $page } de { $pages }
pager-previous = Página anterior
pager-next = Página siguiente
official-filter = Filtrar
official-filter-apply = Mostrar
official-filter-clear = Quitar el filtro

## Palabras comunes de las páginas de funcionarios
official-sex-female = Mujeres
official-sex-male = Hombres
official-sex-other = Otro sexo
official-sex-not_stated = Sexo no declarado
official-person-not-stated = No declarado
official-country-of-residence = País de residencia
official-worker-id = Trabajador { $id }
official-job-starts = empieza el { $date }
official-job-status-pending_approval = Pendiente de aprobación
official-job-status-open = Abierta
official-job-status-closed = Cerrada
official-isco-invalid = Escriba un código de grupo CIUO-08, por ejemplo 611 o 9211
official-currency-choose = Elija la moneda del programa
official-hours-invalid = Escriba las horas semanales como un número de 0 a 168
official-months-invalid = Escriba un número entero de meses
official-percent-invalid = Escriba un porcentaje de 0 a 100
official-positions-invalid = Escriba el número de plazas como un número entero
official-per-hour = por hora
official-per-week = por semana
official-per-month = por mes
official-per-year = por año

programme-kind-seasonal = Trabajo de temporada
programme-kind-temporary = Trabajo temporal
programme-kind-long_term = Trabajo de larga duración (12 meses o más)
programme-kind-diaspora_temporary_return = Retorno temporal de profesionales de la diáspora

## Programas
official-programmes-title = Programas
official-programmes-intro = Los programas en los que participa su país. Los funcionarios de cualquiera de los dos países de un programa cambian sus condiciones; toda oferta de empleo del programa se comprueba con ellas.
official-programmes-count = { $count ->
    [one] { $count } programa
    [many] { $count } programas
   *[other] { $count } programas
}
official-programmes-none = Todavía no hay ningún programa para su país.
official-programmes-back = Volver a los programas
official-programme-new = Crear un programa
official-programme-edit = Cambiar las condiciones
official-programme-rounds = Rondas de emparejamiento de este programa
official-programme-saved = El programa está guardado.
official-programme-terms = Condiciones
official-programme-valid = Las ofertas pueden empezar
official-programme-valid-from = desde el { $from }
official-programme-valid-between = del { $from } al { $until }
official-programme-max-stay = Estancia máxima, en meses
official-programme-occupations = Ocupaciones incluidas
official-programme-women-share = Proporción mínima de mujeres entre las personas seleccionadas
official-programme-women-share-none = Sin mínimo
official-programme-conditions = Condiciones mínimas de toda oferta de empleo
official-programme-min-wage = Salario mínimo
official-housing-required = El empleador debe dar alojamiento.
official-housing-not-required = El empleador no está obligado a dar alojamiento.
official-housing-cap = Un trabajador paga como máximo { $cap } al mes por él.
official-housing-free = Cuando se da, es gratuito.
official-social-security-portable = Las cotizaciones se pueden llevar al país de origen.
official-social-security-not-portable = Las cotizaciones no se pueden llevar al país de origen.
official-programme-quotas = Cupos
official-programme-no-quotas = Sin cupo: las plazas solo las limitan las ofertas de empleo.
official-programme-no-job-orders = Todavía no se ha publicado ninguna oferta de empleo en este programa.
official-quota-period = Periodo
official-quota-isco = Grupo de ocupaciones (CIUO-08)
official-quota-isco-hint = Déjelo vacío para todos los grupos del programa.
official-quota-sex = Sexo
official-quota-positions = Plazas
official-quota-any-group = Todos los grupos
official-quota-anyone = Cualquier persona
official-quota-n = Cupo { $n }
official-quota-from = Primer día
official-quota-to = Último día

official-programme-form-intro = Todas las condiciones que acordaron los dos países. Cada oferta de empleo del programa se comprueba con estas condiciones mínimas antes de abrirse.
official-programme-save = Guardar el programa
official-programme-about = El programa
official-programme-name = Nombre
official-programme-origin = País de origen de los trabajadores
official-programme-destination = País de destino
official-programme-corridor = Países:
official-programme-countries-fixed = Los países de un programa no pueden cambiar; cree un programa nuevo para otros países.
official-programme-kind = Tipo de programa
official-programme-g2g = Acordado entre los dos gobiernos
official-programme-valid-from-label = Primer día en que pueden empezar las ofertas
official-programme-valid-from-hint = Por ejemplo 2027-01-15
official-programme-valid-until-label = Último día en que pueden empezar las ofertas
official-programme-valid-until-hint = Déjelo vacío si el programa no tiene fecha de fin.
official-programme-max-stay-hint = De 1 a 120 meses.
official-programme-occupations-hint = Cada grupo CIUO-08 que incluye el programa, de cualquier nivel: 6 para todo trabajador agropecuario calificado, 611 para agricultores y trabajadores calificados de cultivos, 6111 para cultivos extensivos y hortalizas.
official-programme-occupation-n = Grupo de ocupaciones { $n }
official-programme-add-occupation = Añadir otro grupo de ocupaciones
official-programme-conditions-hint = Los empleadores pueden ofrecer más, nunca menos.
official-programme-currency = Moneda
official-programme-currency-hint = El salario y el cobro por alojamiento se expresan en esta moneda.
official-programme-wage-per = Se paga
official-programme-guaranteed-hours = Horas de trabajo garantizadas cada semana, como mínimo
official-programme-max-hours = Horas de trabajo por semana, como máximo
official-programme-housing-required = El empleador debe dar alojamiento
official-programme-housing-cap = Lo máximo que se puede cobrar a un trabajador por el alojamiento al mes
official-programme-housing-cap-hint = Déjelo vacío si el alojamiento debe ser gratuito.
official-programme-return-paid = El empleador paga el viaje de regreso
official-programme-rehire = Quienes terminan un contrato son recontratados primero
official-programme-social-security-portable = Las cotizaciones de pensión y seguridad social se pueden llevar al país de origen
official-programme-social-security = Cómo funcionan la pensión y la seguridad social
official-programme-social-security-hint = En palabras sencillas, por ejemplo: un convenio de seguridad social entre los dos países.
official-programme-pathway = El programa puede llevar a la residencia permanente
official-programme-quotas-hint = Plazas disponibles en un periodo, para todas las ocupaciones del programa o un grupo, para cualquier persona o un sexo. Una plaza se ocupa cuando se selecciona a un trabajador en el periodo.
official-programme-add-quota = Añadir un cupo
official-programme-women-share-hint = Un porcentaje, por ejemplo 40. Las rondas óptimas lo respetan; déjelo vacío si no hay mínimo.

## Infracciones de cobro
official-fees-title = Infracciones de cobro
official-fees-intro = Pagos que incumplieron el principio de que paga el empleador en los programas de su país: un trabajador obligado a pagar una comisión o un costo de contratación, o un soborno, una comisión ilícita, una fianza o una garantía. Cada uno queda registrado.
official-fees-count = { $count ->
    [one] { $count } infracción
    [many] { $count } infracciones
   *[other] { $count } infracciones
}
official-fees-none = No hay ninguna infracción de cobro registrada en los programas de su país.
official-fees-paid-on = Pagado el
official-fees-who = Quién pagó a quién
official-fees-breach = Infracción
official-fees-kind-worker_paid_recruitment_cost = El trabajador pagó una comisión o un costo de contratación
official-fees-kind-illegitimate_cost = Un soborno, una comisión ilícita, una fianza o una garantía

## Registro de auditoría
official-audit-title = Registro de auditoría
official-audit-intro-country = Toda escritura, toda lectura de datos personales y toda denegación que afecta a { $country }: sus programas, sus nacionales y residentes, sus organizaciones y los actos de sus propios funcionarios. Su lectura del registro también queda anotada.
official-audit-intro-all = Toda escritura, toda lectura de datos personales y toda denegación. Su lectura del registro también queda anotada.
official-audit-entity = Tipo de registro
official-audit-entity-hint = Por ejemplo worker, placement, programme, match_round_pairs
official-audit-entity-id = Número del registro
official-audit-action = Acción
official-audit-action-hint = Por ejemplo read, create, update, transition
official-audit-actor = Número de usuario
official-audit-actor-hint = De quién mostrar los actos
official-audit-actor-invalid = Escriba un número de usuario, por ejemplo 12
official-audit-count = { $count ->
    [one] { $count } entrada
    [many] { $count } entradas
   *[other] { $count } entradas
}
official-audit-none = Ninguna entrada coincide.
official-audit-when = Cuándo
official-audit-who = Quién
official-audit-record = Registro
official-audit-outcome = Resultado
official-audit-detail = Detalle
official-audit-user = usuario { $id }
official-audit-system = el sistema
official-audit-personal = datos personales
official-audit-allowed = permitido
official-audit-denied = denegado

## Inscribir a un trabajador
official-register-title = Inscribir a un trabajador
official-register-intro = Para un trabajador de su país que vino en persona, por ejemplo a una oficina de empleo. Después puede entrar para completar su perfil; el perfil es suyo y puede cambiar cada consentimiento.
official-register-consents = Los consentimientos del trabajador
official-register-consents-intro = Lea cada finalidad al trabajador y marque solo lo que acepte, en persona. Puede cambiar cada decisión en cualquier momento.
official-register-submit = Inscribir al trabajador
official-register-done = El trabajador está inscrito.
official-worker-occupations = Ocupaciones
official-worker-consents = Consentimientos
official-worker-consents-note = La última decisión del trabajador sobre cada finalidad. Solo el trabajador las cambia.
official-worker-placements = Solicitudes y colocaciones
official-worker-no-placements = Ninguna solicitud que usted pueda ver.
