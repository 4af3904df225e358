"""The example hotel of the product brief: names and texts used by ``icdesk demo``."""

from __future__ import annotations

COMPANY = "Hotel Aurora"
ADDRESS = "Via del Porto 12, 34121 Trieste"
TIME_ZONE = "Europe/Rome"
VISION = (
    "We serve each other the way we serve our guests: we answer quickly, keep our promises, "
    "say early what we need from each other, and thank each other for good work."
)

# name, description
DEPARTMENTS: list[tuple[str, str]] = [
    ("Front Office", "Reception, reservations and the concierge desk."),
    ("Housekeeping", "Rooms, linen and public areas."),
    ("Kitchen", "Breakfast, restaurant and room-service cooking."),
    ("Dining Room", "Restaurant and breakfast service."),
    ("Maintenance", "Building, rooms, heating and repairs."),
    ("IT", "Computers, the property-management system (PMS), network and phones."),
    ("HR", "Hiring, contracts, payroll questions and training."),
    ("Accounting", "Invoices, purchasing and month-end closing."),
    ("Sales & Marketing", "Groups, events, website, newsletters and social media."),
]

# department index -> working hours Monday to Sunday ("" a day off), holidays (country, region),
# closures (first day, last day, from, to, note; month-day, this year and next). A department not
# listed works around the clock: the front office and on-call maintenance. The hotel's own
# operations work through public holidays; its offices follow Trieste's (San Giusto, 3 November).
OFFICE_CLOSURES = [("12-24", "12-24", "13:00", "24:00", "Christmas Eve afternoon")]
CALENDARS: dict[int, tuple[tuple[str, ...], tuple[str, str], list[tuple[str, str, str, str, str]]]] = {
    1: (("07:00-15:00",) * 7, ("", ""), []),  # Housekeeping
    2: (("07:00-11:00, 17:00-23:00",) * 7, ("", ""), []),  # Kitchen: split shifts
    3: (("07:00-10:30, 12:00-14:30, 19:00-22:30",) * 7, ("", ""), []),  # Dining Room: three services
    5: (("08:30-17:30",) * 5 + ("", ""), ("IT", "TS"), OFFICE_CLOSURES),  # IT
    6: (("09:00-13:00, 14:00-17:00",) * 5 + ("", ""), ("IT", "TS"), OFFICE_CLOSURES),  # HR
    7: (("09:00-13:00, 14:00-18:00",) * 5 + ("", ""), ("IT", "TS"),  # Accounting
        OFFICE_CLOSURES + [("08-10", "08-14", "", "", "August closure: accounts closed for the holidays")]),
    8: (("09:00-18:00",) * 5 + ("", ""), ("IT", "TS"), OFFICE_CLOSURES),  # Sales & Marketing
}

# full name, kind, department index, job title; the first person of a department is its head
PEOPLE: list[tuple[str, str, int | None, str]] = [
    ("Giulia Rossi", "full_time", 0, "Front office manager"),
    ("Marco Bianchi", "full_time", 0, "Receptionist"),
    ("Sofia Esposito", "part_time", 0, "Night auditor"),
    ("Aino Virtanen", "temporary", 0, "Receptionist"),
    ("Carmen López", "full_time", 1, "Executive housekeeper"),
    ("Lucía Fernández", "full_time", 1, "Room attendant"),
    ("Ольга Смирнова", "full_time", 1, "Laundry supervisor"),
    ("Matteo Ricci", "full_time", 2, "Head chef"),
    ("Jukka Korhonen", "full_time", 2, "Sous-chef"),
    ("Pablo García", "part_time", 2, "Breakfast cook"),
    ("Elena Conti", "full_time", 3, "Restaurant manager"),
    ("Дмитрий Иванов", "full_time", 3, "Head waiter"),
    ("Sara Greco", "temporary", 3, "Waitress"),
    ("Antonio Marino", "full_time", 4, "Maintenance chief"),
    ("Mikko Nieminen", "full_time", 4, "Technician"),
    ("Laura Colombo", "full_time", 5, "IT manager"),
    ("Алексей Кузнецов", "contractor", 5, "Network technician"),
    ("Francesca Gallo", "full_time", 6, "HR manager"),
    ("Tiina Mäkinen", "part_time", 6, "HR assistant"),
    ("Roberto Bruno", "full_time", 7, "Chief accountant"),
    ("Anna Romano", "full_time", 7, "Accounting clerk"),
    ("Javier Martínez", "full_time", 8, "Sales & marketing manager"),
    ("Chiara De Luca", "full_time", 8, "Graphic designer"),
    ("Emilia Laine", "full_time", 8, "Marketing assistant"),
    ("Alessandro Ferrari", "owner", None, "Owner and general manager"),
    ("Valentina Moretti", "board_member", None, "Board member"),
    ("Pekka Heikkinen", "consultant", None, "Revenue consultant"),
    ("Isabel Sánchez", "part_time", 1, "Room attendant"),
    ("Наталья Попова", "full_time", 0, "Reservations agent"),
    ("Luca Barbieri", "full_time", 4, "Technician"),
]

# department index, title, purpose, who it serves, steps, first response h, resolution h
STANDARDS: list[tuple[int, str, str, str, list[str], float, float]] = [
    (5, "PMS access problems", "Get a colleague back into the property-management system fast.",
     "Every department that uses the PMS, above all Front Office and Accounting.",
     ["Log the request with the user's name, workstation and the error shown.",
      "Call the user back within the first-response target.",
      "Check the user account, password expiry and licence count.",
      "Restore access or give a temporary account with the same rights.",
      "Confirm with the user that they can work again.",
      "Note the cause so repeated problems can be found."], 1, 4),
    (5, "New hire workstation", "Every new colleague has a working computer and accounts on day one.",
     "HR and the hiring department.",
     ["HR announces the hire at least 10 working days before the start date.",
      "IT confirms the announcement and the equipment needed within one day.",
      "Prepare a standard workstation; any model in stock is acceptable.",
      "Create accounts for e-mail, PMS and time clock.",
      "Test the login with the hiring manager two days before the start.",
      "Hand over the equipment and a one-page quick guide on day one."], 8, 80),
    (5, "Printer and scanner faults", "Keep printing and scanning working at every desk.",
     "All departments.",
     ["Ask for the printer name and what happens.", "Try a remote fix (queue, driver, toner status).",
      "Visit the printer if the remote fix fails.", "Order parts through Accounting if needed.",
      "Confirm the printer works."], 2, 8),
    (1, "Room readiness for early arrivals", "Rooms requested by Front Office for early check-in are ready on time.",
     "Front Office.",
     ["Front Office sends the room number and arrival time.", "Housekeeping confirms within 30 minutes.",
      "Clean the room with priority in the next round.", "Inspect the room.",
      "Set the room to 'clean' in the PMS and tell the desk."], 0.5, 3),
    (1, "Linen and gown restocking", "Supply cupboards are never empty, so nobody hoards.",
     "All departments with supply cupboards.",
     ["Restock every cupboard twice a day at fixed times.", "Keep a minimum level marked on each shelf.",
      "Staff take one set at a time.", "Anyone who sees a shelf below the mark tells Housekeeping at once.",
      "Review the levels every month with the departments."], 2, 12),
    (2, "Dining room orders from the kitchen", "Dishes leave the kitchen at the time the dining room was promised.",
     "Dining Room.", ["The dining room enters the order with table and special requests.",
                      "The kitchen confirms any item that is out.", "Cook and plate to the standard recipe.",
                      "Call service when the plate is ready.", "Report delays to the head waiter at once."], 0.1, 0.5),
    (2, "Special diets and allergies", "Guests with allergies are served safely every time.",
     "Dining Room and Front Office.",
     ["Front Office or the dining room records the allergy with the booking.",
      "The head chef confirms the adapted menu.", "Prepare the dish in the separate allergen area.",
      "Label the plate and hand it to the head waiter personally.",
      "Record the service in the allergy log."], 1, 4),
    (3, "Event set-up for Sales", "Meeting rooms and banquets are set up as sold.",
     "Sales & Marketing.",
     ["Sales sends the event order at least 5 days before.", "The restaurant manager confirms staffing.",
      "Set up the room one hour before the start.", "Walk through the set-up with the sales contact.",
      "Report extra requests to Sales for billing."], 4, 48),
    (4, "Room repairs", "Faults in rooms are fixed before the next guest arrives.",
     "Housekeeping and Front Office.",
     ["Log the room, fault and whether the room can be sold.", "Respond within the target and set priority.",
      "Repair or block the room in the PMS.", "Test the repair.", "Tell Housekeeping the room is ready."], 1, 8),
    (4, "Heating and hot water", "Guests and staff always have heating and hot water.", "All departments.",
     ["Take the report with the location.", "Check the boiler panel for alarms.", "Restart or repair.",
      "Call the external contractor if not fixed within two hours.", "Confirm with the reporter."], 0.5, 4),
    (6, "Payroll questions", "Every colleague gets a clear answer about their pay.", "All employees.",
     ["Receive the question in writing or in person.", "Confirm receipt within one working day.",
      "Check the payslip against the time records.", "Answer in writing; correct errors in the next run.",
      "Record the outcome."], 8, 40),
    (6, "Onboarding a new hire", "A new colleague is expected, equipped and welcomed.",
     "Hiring managers and new hires.",
     ["The hiring manager confirms the hire with HR.", "HR informs IT, Housekeeping (uniform) and Accounting.",
      "Prepare the contract and the welcome pack.", "Plan the first week with the manager.",
      "Check in with the new hire after the first week."], 8, 120),
    (6, "Training sessions", "Departments get the training and cross-training they ask for.", "All departments.",
     ["Receive the training need.", "Agree date, trainer and participants.", "Book room and material.",
      "Run the session and collect feedback."], 24, 240),
    (7, "Supplier invoice approval", "Supplier invoices are approved and paid on time.",
     "All departments that buy.",
     ["The department sends the invoice with the purchase order number.", "Accounting checks prices and quantities.",
      "The department head approves.", "Schedule payment by the due date.", "File the invoice."], 8, 72),
    (7, "Petty cash and expense claims", "Expenses are paid back within a week.", "All employees.",
     ["Hand in the claim with receipts.", "Check the receipts.", "Approve or ask for what is missing.",
      "Pay with the next transfer run."], 8, 120),
    (8, "Newsletter and e-mail campaigns", "Campaigns go out on the planned date.", "Front Office and Dining Room.",
     ["The requesting department gives the offer and the date.", "Design the e-mail.",
      "The requester approves the design within one day.", "Schedule and send.",
      "Report opens and bookings after one week."], 8, 72),
    (8, "Menu and price list printing", "Menus and price lists are designed and printed on time.",
     "Kitchen and Dining Room.",
     ["Receive the final text and prices.", "Design and send a proof.", "Get approval.", "Print and deliver."],
     8, 96),
    (0, "Guest complaint hand-over", "Complaints reach the department that can fix them, at once.",
     "Every department.",
     ["Listen and write down the complaint word for word.", "Apologise and promise a time for an answer.",
      "Hand it to the responsible department by phone and in the PMS.",
      "Follow up until the guest has an answer.", "Record the outcome."], 0.25, 2),
    (0, "Wake-up calls and messages for departments", "Messages for colleagues are passed on reliably.",
     "All departments.",
     ["Write down the message with name and time.", "Deliver it in the PMS and by phone if urgent.",
      "Confirm delivery.", "If nobody can be reached within 30 minutes, call the department head."],
     0.25, 1),
    (3, "Breakfast room readiness", "The breakfast room is ready when the first guest arrives.", "Kitchen and guests.",
     ["Set tables the evening before.", "Check the buffet with the kitchen 30 minutes before opening.",
      "Open the doors on time.", "Report missing items to the kitchen at once."], 0.25, 1),
]

# provider index, customer index, what the customer needs, what the provider needs in return
AGREEMENTS: list[tuple[int, int, str, str]] = [
    (5, 6, "A working computer and accounts for every new hire on their first day.",
     "At least 10 working days' notice of every hire, and acceptance of any standard model in stock."),
    (5, 7, "PMS access restored within four hours; month-end reports available on the first day.",
     "Report problems with the exact error message and the workstation name."),
    (2, 3, "Dishes ready at the times promised to guests; early word when an item runs out.",
     "Orders entered completely, allergies marked, and a warning about large tables in advance."),
    (1, 0, "Rooms ready for early arrivals by the time promised.",
     "Early-arrival lists by 9:00 and immediate word of room changes."),
    (4, 1, "Room faults fixed the same day.", "Faults reported as soon as they are found, with room number."),
    (8, 0, "Offers and newsletters ready on the agreed dates.",
     "Offer details and approvals within one day of asking."),
    (1, 4, "Clean work areas after repairs.", "Repairs announced so rooms can be cleaned after."),
    (7, 2, "Supplier invoices paid on time so deliveries never stop.",
     "Invoices with purchase order numbers, passed on within two days of delivery."),
]

# per department index: (request title, title of the standard it follows, or None)
REQUEST_TITLES: dict[int, list[tuple[str, str | None]]] = {
    0: [("Pass on a guest complaint", "Guest complaint hand-over"),
        ("Message for the kitchen team", "Wake-up calls and messages for departments"),
        ("Group arrival list", None), ("Late check-out approval", None)],
    1: [("Early check-in room needed", "Room readiness for early arrivals"),
        ("Extra towels for room", "Linen and gown restocking"),
        ("Gown cupboard empty", "Linen and gown restocking"), ("Deep clean after event", None)],
    2: [("Allergy menu for table 4", "Special diets and allergies"), ("Banquet menu tasting", None),
        ("Room-service order delayed", "Dining room orders from the kitchen"),
        ("Vegan breakfast option", "Special diets and allergies")],
    3: [("Set up meeting room", "Event set-up for Sales"), ("Staff for wedding dinner", "Event set-up for Sales"),
        ("Breakfast room opening early", "Breakfast room readiness")],
    4: [("Shower leaking in room", "Room repairs"), ("Air conditioning noisy", "Room repairs"),
        ("Broken lamp in corridor", None), ("No hot water in kitchen", "Heating and hot water")],
    5: [("Cannot log into the PMS", "PMS access problems"), ("Computer for new receptionist", "New hire workstation"),
        ("Printer not working", "Printer and scanner faults"), ("Wi-Fi slow in lobby", None),
        ("Card reader error", None), ("Password reset", "PMS access problems")],
    6: [("Question about overtime pay", "Payroll questions"), ("Onboarding for new waiter", "Onboarding a new hire"),
        ("First-aid training", "Training sessions"), ("Holiday balance wrong", "Payroll questions")],
    7: [("Approve supplier invoice", "Supplier invoice approval"),
        ("Expense claim for training", "Petty cash and expense claims"), ("Budget report for Q3", None),
        ("New supplier set-up", "Supplier invoice approval")],
    8: [("Newsletter for winter offer", "Newsletter and e-mail campaigns"),
        ("Print new menus", "Menu and price list printing"), ("Social media post for event", None),
        ("Group offer for congress", None)],
}

FEEDBACK_COMMENTS = {
    5: ["Fast and friendly, thank you!", "Perfect, solved in minutes.", "Everything works again, many thanks."],
    4: ["Good, a bit slow to answer.", "Works again, thanks.", "Fine, although it took a while."],
    3: ["It works now but I had to ask twice.", "All right, but we waited long for an answer."],
    2: ["Nobody told us what was happening.", "Took far too long, guests were waiting."],
    1: ["Waited three weeks for a computer.", "Problem came back the next day."],
}

# per department index: what a corrective action there says; the last list is for any department
ACTION_TEXTS: dict[int | None, list[str]] = {
    0: ["Pass complaints to the responsible department by phone as well as in the PMS."],
    1: ["Restock the gown cupboards twice a day instead of once."],
    2: ["Warn the dining room at once when a dish runs out."],
    4: ["Tell Housekeeping as soon as a repaired room is ready."],
    5: ["Keep two spare workstations ready for new hires.", "Train the night shift on the PMS password reset."],
    6: ["Confirm every payroll question in writing within one working day."],
    None: ["Agree a fixed hand-over time with the requesting department.",
           "Send an acknowledgement to the requester within the first-response target.",
           "Add the request to the morning briefing checklist."],
}

RECOGNITION_TEXTS = [
    "Thank you for staying late to fix the booking engine before the group arrived.",
    "Thank you for the perfect allergy menu at the wedding.",
    "Thank you for training the new receptionists so patiently.",
    "Thank you for the quick help with the linen when the group checked in.",
    "Thank you for getting the rooms ready so fast.",
]

# standard title -> indexes of the other departments whose people must read it too
STANDARD_READERS: dict[str, list[int]] = {
    "PMS access problems": [0, 7],
    "New hire workstation": [6],
    "Room readiness for early arrivals": [0],
    "Dining room orders from the kitchen": [3],
    "Special diets and allergies": [3, 0],
    "Event set-up for Sales": [8],
    "Room repairs": [1],
    "Supplier invoice approval": [2],
    "Breakfast room readiness": [2],
    "Menu and price list printing": [2, 3],
}

# Two loops closed end to end: (department index, standard revised, days ago the feedback came,
# rating, author's department index, comment, corrective action, change note, outcome)
LOOPS: list[tuple[int, str, int, int, int, str, str, str, str]] = [
    (1, "Linen and gown restocking", 150, 1, 0,
     "Gown cupboard on floor 3 empty again during the congress check-in.",
     "Restock the gown cupboards twice a day instead of once.",
     "Cupboards are restocked at 7:00 and at 15:00; a shelf under the mark is reported at once.",
     "Standard revised: restocking twice a day, at fixed times."),
    (5, "PMS access problems", 120, 2, 0,
     "Night shift locked out of the PMS for an hour; nobody knew the reset procedure.",
     "Train the night shift on the PMS password reset.",
     "Night auditors can reset a PMS password themselves; IT is called only if that fails.",
     "Standard revised and the night shift trained on the reset."),
]
# a third loop still going round: its revision waits for the approver
OPEN_LOOP = (2, "Dining room orders from the kitchen", 40, 2, 3,
             "Table 12 waited 40 minutes; nobody told us the fish was finished.",
             "Warn the dining room at once when a dish runs out.",
             "The kitchen calls the head waiter the moment a dish runs out.")

# the step each loop's revision rewrites: (index, new text)
LOOP_STEPS: dict[str, tuple[int, str]] = {
    "Linen and gown restocking": (0, "Restock every cupboard twice a day, at 7:00 and at 15:00."),
    "PMS access problems": (2, "Night shift: reset the password in the PMS yourself; call IT only if the reset "
                               "fails."),
    "Dining room orders from the kitchen": (4, "Tell the head waiter the moment a dish runs out."),
}

AFTER_REVISION = 10_000  # "days ago" of a training held three days after the revision it teaches

# topic, giving department index, trainer (full name), attendee names, standards covered, days ago,
# minutes; days ago below zero is a session still to come
TRAININGS: list[tuple[str, int, str, list[str], list[str], int, int]] = [
    ("PMS password reset for the night shift", 5, "Laura Colombo",
     ["Sofia Esposito", "Marco Bianchi", "Aino Virtanen", "Наталья Попова", "Giulia Rossi"],
     ["PMS access problems"], AFTER_REVISION, 60),
    ("Allergens: from the booking to the plate", 2, "Matteo Ricci",
     ["Elena Conti", "Дмитрий Иванов", "Sara Greco", "Giulia Rossi", "Pablo García"],
     ["Special diets and allergies"], 45, 90),
    ("Handing over guest complaints", 0, "Giulia Rossi",
     ["Carmen López", "Lucía Fernández", "Elena Conti", "Antonio Marino"],
     ["Guest complaint hand-over"], 75, 45),
    ("First aid refresher", 6, "Francesca Gallo",
     ["Marco Bianchi", "Jukka Korhonen", "Lucía Fernández", "Mikko Nieminen", "Sara Greco", "Anna Romano"],
     [], 20, 180),
    ("Fire safety drill", 4, "Antonio Marino",
     ["Giulia Rossi", "Carmen López", "Matteo Ricci", "Elena Conti", "Laura Colombo", "Roberto Bruno"],
     [], -10, 60),
]

# person, department index learned, trainer, days ago, note
CROSS_TRAININGS: list[tuple[str, int, str, int, str]] = [
    ("Marco Bianchi", 1, "Carmen López", 90, "Room inspection before early check-in."),
    ("Jukka Korhonen", 3, "Elena Conti", 60, "Two dinner services on the floor."),
    ("Anna Romano", 6, "Francesca Gallo", 40, "Payroll questions at month-end."),
    ("Mikko Nieminen", 5, "Алексей Кузнецов", 30, "Printer and Wi-Fi first aid."),
    ("Sara Greco", 2, "Pablo García", 12, "Breakfast buffet set-up."),
]

# title, description, department indexes, author (None: anonymous), status, note, days ago, supporters
IDEAS: list[tuple[str, str, list[int], str | None, str, str, int, list[str]]] = [
    ("Shared early-arrival board", "One board at the desk and in the linen room with every early arrival and "
     "the promised time, so nobody has to phone.", [0, 1], "Aino Virtanen", "adopted",
     "In use since the spring; early check-ins are ready on time.", 160,
     ["Carmen López", "Giulia Rossi", "Lucía Fernández"]),
    ("A screen at the pass for dishes that ran out", "The kitchen marks finished dishes on a tablet the "
     "waiters see, instead of shouting.", [2, 3], "Дмитрий Иванов", "under_trial",
     "Tablet at the pass for four weeks.", 35, ["Elena Conti", "Sara Greco"]),
    ("Month-end lunch for IT and Accounting", "Plan the month-end reports together once a month over lunch.",
     [5, 7], "Anna Romano", "proposed", "", 12, ["Roberto Bruno", "Laura Colombo", "Алексей Кузнецов"]),
    ("One room-fault checklist for Housekeeping and Maintenance", "Room attendants tick faults on the same "
     "list the technicians work from.", [1, 4], None, "proposed", "", 8, ["Mikko Nieminen"]),
    ("One form for every new hire", "HR, IT and Accounting each ask the new colleague the same questions; "
     "one form would do.", [5, 6, 7], "Tiina Mäkinen", "adopted", "Agreed by the three heads.", 70,
     ["Francesca Gallo", "Roberto Bruno"]),
    ("Sales presents next month's events at the heads' meeting", "Ten minutes for Sales at every heads' "
     "meeting.", [8, 3, 2], "Chiara De Luca", "declined",
     "The heads' meeting is already too long; Sales sends a weekly events e-mail instead.", 50, []),
]
IDEA_ACTION = ("One form for every new hire", "Merge the three new-hire forms of HR, IT and Accounting into one.")

THANKS_FOR_REQUEST = [
    "Thank you for sorting this out so quickly.",
    "Thanks, it works perfectly now.",
    "Thank you for explaining every step.",
]
