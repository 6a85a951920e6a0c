"""Small food-diary exports written here in MyFitnessPal's nutrition-summary layout and the generic
one (made-up numbers; no third-party data)."""

from __future__ import annotations

MFP_HEADER = (
    "Date,Meal,Calories,Fat (g),Saturated Fat,Polyunsaturated Fat,Monounsaturated Fat,Trans Fat,"
    "Cholesterol,Sodium (mg),Potassium,Carbohydrates (g),Fiber,Sugar,Protein (g),Vitamin A,"
    "Vitamin C,Calcium,Iron,Note"
)
MFP = (
    MFP_HEADER + "\n"
    "2026-01-05,Breakfast,412.0,14.2,5.1,1.2,4.0,0.0,210,480,350,48.5,6.0,12.0,22.1,10,4,15,12,\n"
    "2026-01-05,Lunch,655.0,21.0,7.0,3.0,8.0,0.0,60,900,700,80.0,9.5,6.0,35.0,20,30,10,20,\n"
    "2026-01-05,Dinner,1,010.5,38.0,12.0,4.0,15.0,0.0,90,1300,900,110.0,12.0,9.0,52.0,15,25,12,25,\n"
    "2026-01-05,Snacks,0.0,0.0,0.0,0.0,0.0,0.0,0,0,0,0.0,0.0,0.0,0.0,0,0,0,0,\n"
    "2026-01-06,Breakfast,380.0,9.0,3.0,1.0,3.0,0.0,20,300,300,55.0,7.0,15.0,18.0,5,2,10,10,\n"
    "2026-01-06,Pre-workout,150.0,1.0,0.2,0.1,0.3,0.0,0,5,300,34.0,3.0,20.0,2.0,1,10,1,2,\n"
    "2026-01-06,Snacks,200.0,11.0,4.0,1.0,5.0,0.0,10,100,200,20.0,2.0,12.0,5.0,2,0,5,3,\n"
).encode()
# The dinner above holds a thousands separator inside an unquoted field: a real export quotes it.
MFP = MFP.replace(b"Dinner,1,010.5,", b'Dinner,"1,010.5",')
MFP_SEMICOLONS_CP1252 = (
    "Date;Meal;Calories;Fat (g);Carbohydrates (g);Fiber;Protein (g);Note\n"
    "2026-02-01;Breakfast;350,5;10,5;40;5;20;café au lait\n"
    "2026-02-01;Dinner;700;25;70;8;45;\n"
).encode("cp1252")
MFP_WITH_A_BAD_ROW = (
    b"Date,Meal,Calories,Fat (g),Carbohydrates (g),Protein (g)\n"
    b"2026-01-05,Breakfast,400,10,50,20\n"
    b"05/01/2026,Lunch,600,20,70,30\n"
    b"2026-01-06,Dinner,lots,20,70,30\n"
    b"2026-01-06,Lunch,500,15,60,25\n"
)
GENERIC = b"""date,meal,kcal,protein_g,fat_g,carbohydrate_g,fiber_g
2026-03-01,breakfast,300,20,10,30,4
2026-03-01,lunch,500,30,15,55,
"""
CRONOMETER = (
    b"Day,Time,Group,Food Name,Amount,Energy (kcal),Alcohol (g),Caffeine (mg),Water (g),"
    b'"Fat (g)","Carbs (g)","Fiber (g)","Protein (g)",Category\n'
    b'2026-04-02,07:45,Breakfast,"Oats, rolled",60.00 g,228.0,0.0,0.0,5.0,4.1,40.6,6.0,7.9,Grains\n'
    b"2026-04-02,07:45,Breakfast,Milk (2%),250.00 ml,128.0,0.0,0.0,223.0,5.0,12.3,0.0,8.3,Dairy\n"
    b"2026-04-02,12:30,Lunch,Lentil soup,1.00 bowl,310.0,0.0,0.0,400.0,6.2,45.1,15.0,18.0,Soups\n"
    b"2026-04-02,,Uncategorized,Apple,1.00 medium,95.0,0.0,0.0,156.0,0.3,25.1,4.4,0.5,Fruit\n"
)
