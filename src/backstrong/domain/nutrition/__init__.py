"""Nutrition: energy needs (BMR, activity, goals, calorie target, macros), body measurements,
foods and the food diary."""
